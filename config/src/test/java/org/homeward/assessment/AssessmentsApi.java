package org.homeward.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.system.Api;

/** Needs assessments recorded through the API, for tests that need a person assessed. */
public final class AssessmentsApi {

  private AssessmentsApi() {}

  /** A WHO assessment body dated {@code on}, the person seeing an unmet need in housing that staff do not. */
  public static Map<String, Object> who(String on) {
    Map<String, Object> body = new HashMap<>();
    body.put("framework", "WHO");
    body.put("assessedOn", on);
    body.put("assessedBy", "Fatima with the person and her sister");
    body.put("domains", List.of(
        Map.of("code", 5, "personNeed", 2, "staffNeed", 0, "strengths", "Manages her money well", "supportNeeded", "A flat of her own"),
        Map.of("code", 9, "personNeed", 1, "staffNeed", 1, "helpServices", 2)));
    return body;
  }

  /** Records a WHO assessment of the person as {@code user} and returns its id. */
  public static int assess(String user, Object residentId, String on) {
    return Api.as(user).body(who(on)).post("/api/residents/{id}/assessments", residentId).then().statusCode(201).extract().path("id");
  }
}
