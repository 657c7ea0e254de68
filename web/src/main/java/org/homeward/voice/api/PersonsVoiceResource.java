package org.homeward.voice.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.voice.boundary.PersonsVoice;

/** Supporters and information given. Delegates to {@link PersonsVoice}, which checks the caller may see the person. */
@Path("residents/{residentId}")
@Tag(name = "Supported decision-making")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonsVoiceResource {

  @Inject PersonsVoice voice;
  @Context UriInfo uri;

  @GET
  @Path("supporters")
  @Operation(summary = "The supporters the person chose for supported decision-making")
  public List<SupporterJson> supporters(@PathParam("residentId") long residentId) {
    return voice.supporters(residentId).stream().map(SupporterJson::of).toList();
  }

  @POST
  @Path("supporters")
  @Operation(summary = "Record a supporter the person chose")
  public Response addSupporter(@PathParam("residentId") long residentId, SupporterJson body) {
    var created = voice.addSupporter(residentId, Bodies.required(body).toSupporter());
    return Created.at(uri, created.getId(), SupporterJson.of(created));
  }

  @PUT
  @Path("supporters/{supporterId}")
  @Operation(summary = "Change a supporter, e.g. the day they stopped; send the version last read")
  public SupporterJson updateSupporter(@PathParam("residentId") long residentId, @PathParam("supporterId") long supporterId,
      SupporterJson body) {
    Versions.required(Bodies.required(body).version());
    return SupporterJson.of(voice.updateSupporter(residentId, supporterId, body.toSupporter()));
  }

  @GET
  @Path("information")
  @Operation(summary = "What the person was told or shown about the process, and visits to community options, latest first")
  public List<InformationJson> information(@PathParam("residentId") long residentId) {
    return voice.information(residentId).stream().map(InformationJson::of).toList();
  }

  @POST
  @Path("information")
  @Operation(summary = "Record information given in an accessible format, or a visit")
  public Response recordInformation(@PathParam("residentId") long residentId, InformationJson body) {
    var created = voice.recordInformation(residentId, Bodies.required(body).toInformation());
    return Created.at(uri, created.getId(), InformationJson.of(created));
  }
}
