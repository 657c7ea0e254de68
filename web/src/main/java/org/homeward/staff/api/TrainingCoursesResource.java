package org.homeward.staff.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.homeward.problem.api.Locales;
import org.homeward.staff.boundary.StaffTrainings;

/** The catalogue of training courses. */
@Path("training-courses")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingCoursesResource {

  @Inject StaffTrainings trainings;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The courses in catalogue order, with their codes")
  public List<CodeLabelJson> courses() {
    return trainings.courses().stream().map(c -> CodeLabelJson.of(c, Locales.of(headers))).toList();
  }

  @POST
  @Operation(summary = "Add a course to the catalogue (administrators)")
  public Response add(CodeLabelJson body) {
    var created = trainings.addCourse(Bodies.required(body).code(), body.label());
    return Created.at(uri, created.getCode(), CodeLabelJson.of(created, Locales.of(headers)));
  }
}
