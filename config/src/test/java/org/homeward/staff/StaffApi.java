package org.homeward.staff;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.homeward.system.Api;

/** The staff endpoints as the tests use them. */
public final class StaffApi {

  public static final String CSV_HEADER = "name,role,qualifications,years_of_service,fte,contract_type,region,background\n";

  private StaffApi() {}

  /** A valid staff member's fields, to change one by one. */
  public static Map<String, Object> nurse(String name) {
    Map<String, Object> nurse = new HashMap<>();
    nurse.put("name", name);
    nurse.put("role", "NURSE");
    nurse.put("qualifications", java.util.List.of("REGISTERED_NURSE"));
    nurse.put("yearsOfService", 12);
    nurse.put("fte", 0.8);
    nurse.put("contractType", "PERMANENT");
    nurse.put("region", "North");
    return nurse;
  }

  public static ValidatableResponse add(String user, int institutionId, Map<String, Object> member) {
    return Api.as(user).body(member).post("/api/institutions/{id}/staff", institutionId).then();
  }

  public static ValidatableResponse importCsv(String user, int institutionId, String csv) {
    return Api.as(user).contentType("text/csv; charset=UTF-8").body(csv).post("/api/institutions/{id}/staff/import", institutionId).then();
  }

  /** A valid community position's fields for a nurse in {@code region}, to change one by one. */
  public static Map<String, Object> position(String serviceName, String region, int openings) {
    Map<String, Object> position = new HashMap<>();
    position.put("serviceName", serviceName);
    position.put("kind", "OUTREACH");
    position.put("role", "NURSE");
    position.put("region", region);
    position.put("openings", openings);
    position.put("availableFrom", java.time.LocalDate.now().plusMonths(1).toString());
    position.put("requiredQualifications", java.util.List.of("REGISTERED_NURSE"));
    position.put("requiredCourses", java.util.List.of("RECOVERY"));
    return position;
  }

  public static ValidatableResponse addPosition(String user, Map<String, Object> position) {
    return Api.as(user).body(position).post("/api/community-positions").then();
  }

  /** The new application as the API answered it. */
  public static Map<String, Object> apply(String user, Object staffId, Object positionId) {
    return Api.as(user).body(Map.of("positionId", positionId, "appliedOn", java.time.LocalDate.now().toString()))
        .post("/api/staff/{id}/applications", staffId).then().statusCode(201).extract().jsonPath().getMap("");
  }

  /** An appraisal with every field a decision needs. */
  public static Map<String, Object> appraisal(Object version, String decision) {
    Map<String, Object> appraisal = new HashMap<>();
    appraisal.put("version", version);
    appraisal.put("workRecord", "Twelve years on the acute ward, good reports.");
    appraisal.put("willingToTrain", true);
    appraisal.put("commitment", "STRONG");
    appraisal.put("decision", decision);
    appraisal.put("decidedOn", java.time.LocalDate.now().toString());
    return appraisal;
  }
}
