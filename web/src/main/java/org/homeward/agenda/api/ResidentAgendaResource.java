package org.homeward.agenda.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.agenda.boundary.Agendas;
import org.homeward.problem.api.Locales;

/** What is overdue in the person's case and what is due next. Delegates to {@link Agendas}, which checks who may see which case. */
@Path("residents/{residentId}/agenda")
@Tag(name = "Transition cases")
@Produces(MediaType.APPLICATION_JSON)
public class ResidentAgendaResource {

  @Inject Agendas agendas;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "What is overdue in the person's case and what is due next")
  public AgendaJson agenda(@PathParam("residentId") long residentId) {
    return AgendaJson.of(agendas.of(residentId), Locales.of(headers));
  }
}
