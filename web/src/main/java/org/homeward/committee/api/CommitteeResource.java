package org.homeward.committee.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.Created;
import org.homeward.api.Versions;
import org.homeward.committee.boundary.Committees;

/** An institution's management committee. Delegates to {@link Committees}, which checks access. */
@Path("institutions/{id}/committee")
@Tag(name = "Committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

  @Inject Committees committees;
  @Context UriInfo uri;

  @GET
  @Path("composition")
  @Operation(summary = "Who the committee speaks for today, and the required constituencies it lacks")
  public CompositionJson composition(@PathParam("id") long id) {
    return CompositionJson.of(committees.composition(id));
  }

  @GET
  @Path("members")
  @Operation(summary = "Members, serving ones first (the ministry does not receive resident members' names)")
  public List<CommitteeMemberJson> members(@PathParam("id") long id) {
    return committees.members(id).stream().map(CommitteeMemberJson::of).toList();
  }

  @POST
  @Path("members")
  @Operation(summary = "Add a member (administrators, the institution's committee)")
  public Response addMember(@PathParam("id") long id, CommitteeMemberJson body) {
    var created = committees.addMember(id, Bodies.required(body).toMember());
    return Created.at(uri, created.getId(), CommitteeMemberJson.of(created));
  }

  @PUT
  @Path("members/{memberId}")
  @Operation(summary = "Change a member, e.g. record the day they left; send the version last read")
  public CommitteeMemberJson updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId, CommitteeMemberJson body) {
    Versions.required(Bodies.required(body).version());
    return CommitteeMemberJson.of(committees.updateMember(id, memberId, body.toMember()));
  }

  @DELETE
  @Path("members/{memberId}")
  @Operation(summary = "Remove a member entered by mistake")
  public Response removeMember(@PathParam("id") long id, @PathParam("memberId") long memberId) {
    committees.removeMember(id, memberId);
    return Response.noContent().build();
  }

  @GET
  @Path("meetings")
  @Operation(summary = "Meetings, latest first")
  public List<CommitteeMeetingJson> meetings(@PathParam("id") long id) {
    return committees.meetings(id).stream().map(CommitteeMeetingJson::of).toList();
  }

  @POST
  @Path("meetings")
  @Operation(summary = "Record a meeting (administrators, the institution's committee)")
  public Response addMeeting(@PathParam("id") long id, CommitteeMeetingJson body) {
    var created = committees.addMeeting(id, Bodies.required(body).toMeeting());
    return Created.at(uri, created.getId(), CommitteeMeetingJson.of(created));
  }

  @PUT
  @Path("meetings/{meetingId}")
  @Operation(summary = "Change a meeting's record; send the version last read")
  public CommitteeMeetingJson updateMeeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId, CommitteeMeetingJson body) {
    Versions.required(Bodies.required(body).version());
    return CommitteeMeetingJson.of(committees.updateMeeting(id, meetingId, body.toMeeting()));
  }

  @DELETE
  @Path("meetings/{meetingId}")
  @Operation(summary = "Remove a meeting entered by mistake")
  public Response removeMeeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId) {
    committees.removeMeeting(id, meetingId);
    return Response.noContent().build();
  }
}
