package org.homeward.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.network.boundary.LivingTogether;
import org.homeward.network.boundary.SocialNetwork;
import org.homeward.problem.api.Locales;

/**
 * A person's family and social network and the people they want to live with. Delegates to {@link
 * SocialNetwork} and {@link LivingTogether}, which check the caller may see the person (and, to link,
 * the partner too).
 */
@Path("residents/{residentId}")
@Tag(name = "Family and social network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkResource {

  @Inject SocialNetwork network;
  @Inject LivingTogether livingTogether;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Path("contacts")
  @Operation(summary = "The people in the person's family and social network, with the person's wish about contact with each")
  public List<ContactJson> contacts(@PathParam("residentId") long residentId) {
    return network.contacts(residentId).stream().map(ContactJson::of).toList();
  }

  @POST
  @Path("contacts")
  @Operation(summary = "Record someone in the person's network; no progress towards contact when the person wants none")
  public Response addContact(@PathParam("residentId") long residentId, ContactJson body) {
    var created = network.addContact(residentId, Bodies.required(body).toContact());
    return Created.at(uri, created.getId(), ContactJson.of(created));
  }

  @PUT
  @Path("contacts/{contactId}")
  @Operation(summary = "Change a contact, e.g. the person's wish or the progress made; send the version last read")
  public ContactJson updateContact(@PathParam("residentId") long residentId, @PathParam("contactId") long contactId, ContactJson body) {
    Versions.required(Bodies.required(body).version());
    return ContactJson.of(network.updateContact(residentId, contactId, body.toContact()));
  }

  @GET
  @Path("live-together")
  @Operation(summary = "The residents the person wants to live with, each flagged while their chosen or secured homes differ")
  public List<LiveTogetherJson> links(@PathParam("residentId") long residentId) {
    return livingTogether.links(residentId).stream().map(p -> LiveTogetherJson.of(p, Locales.of(headers))).toList();
  }

  @POST
  @Path("live-together")
  @Operation(summary = "Link the person with a resident of the same institution they want to live with (needs access to both)")
  public Response link(@PathParam("residentId") long residentId, LiveTogetherJson body) {
    var created = livingTogether.link(residentId, Bodies.required(body).partnerId(), body.toLink());
    return Created.at(uri, created.getId(), LiveTogetherJson.of(created, Locales.of(headers)));
  }

  @DELETE
  @Path("live-together/{linkId}")
  @Operation(summary = "End the link, at either person's wish; the record is kept with the day it ended")
  public Response end(@PathParam("residentId") long residentId, @PathParam("linkId") long linkId) {
    livingTogether.end(residentId, linkId);
    return Response.noContent().build();
  }
}
