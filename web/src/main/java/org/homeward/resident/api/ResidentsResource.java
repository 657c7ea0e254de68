package org.homeward.resident.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.api.Versions;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.api.Locales;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.ResidentStatus;

/** One person's record and case. Delegates to {@link Residents}, which checks role, scope and caseload and audits every read. */
@Path("residents/{residentId}")
@Tag(name = "Residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentsResource {

  @Inject Residents residents;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "A person's record (audited read)")
  public ResidentJson get(@PathParam("residentId") long residentId) {
    return ResidentJson.of(residents.find(residentId));
  }

  @PUT
  @Operation(summary = "Change a person's record; send the version last read")
  public ResidentJson update(@PathParam("residentId") long residentId, ResidentJson body) {
    Versions.required(Bodies.required(body).version());
    return ResidentJson.of(residents.update(residentId, body.toResident(), body.unitId()));
  }

  @GET
  @Path("status")
  @Operation(summary = "The history of the case's status, oldest first")
  public List<StatusChangeJson> statusHistory(@PathParam("residentId") long residentId) {
    return residents.find(residentId).getStatusHistory().stream().map(StatusChangeJson::of).toList();
  }

  @POST
  @Path("status")
  @Operation(summary = "Move the case on; ready to move and moved are refused (409) naming each missing safeguard")
  public ResidentJson changeStatus(@PathParam("residentId") long residentId, StatusChangeJson body) {
    long version = Versions.required(Bodies.required(body).version());
    List<FieldError> errors = new ArrayList<>();
    ResidentStatus next = EnumParam.parse(ResidentStatus.class, body.status(), "status", errors);
    if (next == null && errors.isEmpty()) {
      errors.add(new FieldError("status", "{jakarta.validation.constraints.NotNull.message}"));
    }
    InvalidInputException.throwIfAny(errors);
    return ResidentJson.of(residents.changeStatus(residentId, version, next, body.effectiveOn(), body.reason()));
  }

  @GET
  @Path("readiness")
  @Operation(summary = "Whether the person may be moved, and each safeguard still missing")
  public ReadinessJson readiness(@PathParam("residentId") long residentId) {
    return ReadinessJson.of(residents.readiness(residentId), Locales.of(headers));
  }

  @GET
  @Path("focal-point")
  @Operation(summary = "The person's focal point workers, earliest first, each chosen or agreed to")
  public List<FocalPointJson> focalPointHistory(@PathParam("residentId") long residentId) {
    return residents.find(residentId).getFocalPointHistory().stream().map(FocalPointJson::of).toList();
  }

  @PUT
  @Path("focal-point")
  @Operation(summary = "Assign the focal point (administrators, the committee), recording whether the person chose or agreed to them")
  public ResidentJson assignFocalPoint(@PathParam("residentId") long residentId, FocalPointJson body) {
    long version = Versions.required(Bodies.required(body).version());
    Consent consent = EnumParam.parse(Consent.class, body.consent(), "consent");
    return ResidentJson.of(residents.assignFocalPoint(residentId, version, body.workerId(), consent, body.fromOn(), body.reason()));
  }

  @POST
  @Path("focal-point/consent")
  @Operation(summary = "Record that the person, given their worker without being asked (bulk reassignment), chose or agreed to them")
  public ResidentJson recordConsent(@PathParam("residentId") long residentId, FocalPointJson body) {
    long version = Versions.required(Bodies.required(body).version());
    Consent consent = EnumParam.parse(Consent.class, body.consent(), "consent");
    return ResidentJson.of(residents.recordConsent(residentId, version, consent));
  }
}
