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
}
