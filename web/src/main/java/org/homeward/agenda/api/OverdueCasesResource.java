package org.homeward.agenda.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.agenda.boundary.Agendas;
import org.homeward.problem.api.Locales;

/** The institution's cases with something overdue, most overdue first, for the committee. Delegates to {@link Agendas}, which checks who may see which case. */
@Path("institutions/{id}/residents/overdue")
@Tag(name = "Transition cases")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueCasesResource {

  @Inject Agendas agendas;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The institution's cases with something overdue, most overdue first, for the committee")
  public List<AgendaJson> overdue(@PathParam("id") long institutionId) {
    return agendas.overdueIn(institutionId).stream().map(a -> AgendaJson.of(a, Locales.of(headers))).toList();
  }
}
