package org.homeward.rights;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.homeward.system.Api;

/** The rights endpoints as the tests use them. */
public final class RightsApi {

  /**
   * 23:30 two days ago, so that an event of 45 minutes runs across midnight and lies in the past at
   * any hour the tests run (from yesterday's, it ended at 00:15 today: in the future until then).
   */
  public static final LocalDateTime TWO_DAYS_AGO_LATE = LocalDate.now().minusDays(2).atTime(23, 30);

  private RightsApi() {}

  /** A valid mechanical restraint of 45 minutes across midnight, to change field by field. */
  public static Map<String, Object> restraint() {
    Map<String, Object> event = new HashMap<>();
    event.put("category", "RESTRAINT");
    event.put("restraintType", "MECHANICAL");
    event.put("startedAt", TWO_DAYS_AGO_LATE.toString());
    event.put("endedAt", TWO_DAYS_AGO_LATE.plusMinutes(45).toString());
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
