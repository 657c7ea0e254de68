package org.homeward.personsrecord.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.personsrecord.boundary.PersonsRecords;
import org.homeward.personsrecord.web.PersonsRecordDocument;
import org.homeward.placement.boundary.Placements;
import org.homeward.problem.api.Locales;
import org.homeward.problem.api.ProblemMessages;

/** The person's own record, whole, for their right of access; each export is audited. */
@Path("residents/{residentId}/record")
@Tag(name = "The person's own record")
public class PersonsRecordResource {

  @Inject PersonsRecords records;
  @Inject Placements placements;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Everything Homeward holds about the person, as JSON; audited as an export")
  public PersonsRecordJson record(@PathParam("residentId") long residentId) {
    return json(residentId);
  }

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @Operation(summary = "Everything Homeward holds about the person, as a readable PDF; audited as an export")
  public Response document(@PathParam("residentId") long residentId) {
    Locale locale = Locales.of(headers);
    byte[] pdf = PersonsRecordDocument.render(json(residentId), ResourceBundle.getBundle(ProblemMessages.BUNDLE, locale));
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"record-" + residentId + ".pdf\"").build();
  }

  private PersonsRecordJson json(long residentId) {
    return PersonsRecordJson.of(records.export(residentId), placements.maxUnrelated(), Locales.of(headers));
  }
}
