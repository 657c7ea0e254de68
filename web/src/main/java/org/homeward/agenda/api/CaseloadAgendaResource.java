package org.homeward.agenda.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.agenda.boundary.Agendas;
import org.homeward.problem.api.Locales;

/** The caller's caseload with what is overdue and due next in each case, soonest first. Delegates to {@link Agendas}, which checks who may see which case. */
@Path("caseload/agenda")
@Tag(name = "Transition cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadAgendaResource {

  @Inject Agendas agendas;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's caseload with what is overdue and due next in each case, soonest first")
  public List<AgendaJson> caseload() {
    return agendas.caseload().stream().map(a -> AgendaJson.of(a, Locales.of(headers))).toList();
  }
}
