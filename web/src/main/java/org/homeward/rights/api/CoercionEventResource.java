package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.api.Versions;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.entity.AccountChoice;

/** One coercive practice event: read it, correct it (the original is kept), record the person's own account. */
@Path("coercion-events/{eventId}")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoercionEventResource {

  @Inject CoercionRecords records;

  @GET
  @Operation(summary = "An event with every correction and the facts as they stood before it")
  public CoerciveEventJson event(@PathParam("eventId") long eventId) {
    return CoerciveEventJson.of(records.event(eventId), true);
  }

  @PUT
  @Operation(summary = "Correct an event: the facts as they should read and why; the facts replaced are kept. Send the version last read")
  public CoerciveEventJson correct(@PathParam("eventId") long eventId, CorrectionRequestJson body) {
    long version = Versions.required(Bodies.required(body).version());
    if (body.facts() == null) {
      throw new InvalidInputException("facts", "{body.required}");
    }
    return CoerciveEventJson.of(records.correct(eventId, version, body.facts().toFacts(), body.facts().unitId(),
        body.facts().residentId(), body.why()), true);
  }

  @PUT
  @Path("account")
  @Operation(summary = "Record whether the person gave their own account (in their words), declined to, or has not been asked")
  public CoerciveEventJson account(@PathParam("eventId") long eventId, AccountJson body) {
    long version = Versions.required(Bodies.required(body).version());
    AccountChoice choice = EnumParam.parse(AccountChoice.class, body.accountChoice(), "accountChoice");
    return CoerciveEventJson.of(records.recordAccount(eventId, version, choice, body.ownAccount()), true);
  }
}
