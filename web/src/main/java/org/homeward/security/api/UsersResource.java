package org.homeward.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.PageJson;
import org.homeward.api.Versions;
import org.homeward.database.boundary.PageRequest;
import org.homeward.security.boundary.NewUser;
import org.homeward.security.boundary.UserAdministration;
import org.homeward.security.boundary.UserChanges;
import org.homeward.security.entity.UserAccount;

/** User accounts, for administrators only (checked by {@link UserAdministration}). */
@Path("users")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  @Inject UserAdministration users;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "List user accounts")
  public PageJson<UserJson> list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    PageRequest page = PageRequest.of(first, size);
    return PageJson.of(users.list(page), page, UserJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One user account")
  public UserJson get(@PathParam("id") long id) {
    return UserJson.of(users.find(id));
  }

  @POST
  @Operation(summary = "Create a user account with roles and institutions")
  public Response create(UserJson body) {
    Bodies.required(body);
    char[] password = body.password() == null ? new char[0] : body.password().toCharArray();
    UserAccount created = users.create(new NewUser(body.username(), body.displayName(), password, body.roles(), body.institutionIds()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(UserJson.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change a user's name, roles and institutions; send the version last read")
  public UserJson update(@PathParam("id") long id, UserJson body) {
    Bodies.required(body);
    return UserJson.of(users.update(id,
        new UserChanges(Versions.required(body.version()), body.displayName(), body.roles(), body.institutionIds())));
  }

  @POST
  @Path("{id}/disable")
  @Operation(summary = "Disable an account: its sessions and tokens stop working at once")
  public UserJson disable(@PathParam("id") long id) {
    return UserJson.of(users.disable(id));
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Enable an account again")
  public UserJson enable(@PathParam("id") long id) {
    return UserJson.of(users.enable(id));
  }

  @POST
  @Path("{id}/password")
  @Operation(summary = "Set a new password; the user's sessions and tokens end")
  public UserJson resetPassword(@PathParam("id") long id, PasswordJson body) {
    Bodies.required(body);
    return UserJson.of(users.resetPassword(id, body.password() == null ? new char[0] : body.password().toCharArray()));
  }
}
