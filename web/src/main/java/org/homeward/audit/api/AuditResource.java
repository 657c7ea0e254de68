package org.homeward.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.EnumParam;
import org.homeward.api.PageJson;
import org.homeward.audit.boundary.AuditQuery;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.PageRequest;
import org.homeward.problem.InvalidInputException;

@Path("audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(summary = "Search the audit trail by user, record, action and time (administrators), newest first")
  public PageJson<AuditEntryJson> search(
      @QueryParam("actor") String actor,
      @QueryParam("recordType") String recordType,
      @QueryParam("recordId") String recordId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    PageRequest page = PageRequest.of(first, size);
    AuditQuery query = new AuditQuery(actor, recordType, recordId, EnumParam.parse(AuditAction.class, action, "action"),
        instant(from, "from"), instant(to, "to"));
    return PageJson.of(trail.search(query, page), page, AuditEntryJson::of);
  }

  private static Instant instant(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(parameter, "must be an ISO-8601 instant, e.g. 2026-11-23T10:15:30Z");
    }
  }
}
