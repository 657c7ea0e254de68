package org.homeward.rights;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.homeward.system.Api;

/** The rights endpoints as the tests use them. */
public final class RightsApi {

  /** Yesterday 23:30, so that an event of 45 minutes runs across midnight and still lies in the past. */
  public static final LocalDateTime LATE_YESTERDAY = LocalDate.now().minusDays(1).atTime(23, 30);

  private RightsApi() {}

  /** A valid mechanical restraint of 45 minutes across midnight, to change field by field. */
  public static Map<String, Object> restraint() {
    Map<String, Object> event = new HashMap<>();
    event.put("category", "RESTRAINT");
    event.put("restraintType", "MECHANICAL");
    event.put("startedAt", LATE_YESTERDAY.toString());
    event.put("endedAt", LATE_YESTERDAY.plusMinutes(45).toString());
    event.put("authorisedBy", "Dr Petrova, psychiatrist on call");
    event.put("reason", "Threw a chair at the nurses' station");
    event.put("deEscalationTried", true);
    event.put("deEscalation", "Talked in the quiet room; offered a walk outside");
    return event;
  }

  public static ValidatableResponse record(String user, int institutionId, Map<String, Object> event) {
    return Api.as(user).body(event).post("/api/institutions/{id}/coercion/events", institutionId).then();
  }
}
