package org.homeward.network.api;

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
import org.homeward.network.boundary.LivingTogether;
import org.homeward.problem.api.Locales;

/** An institution's residents who want to live together. Delegates to {@link LivingTogether}, which checks role and scope. */
@Path("institutions/{id}/live-together")
@Tag(name = "Family and social network")
@Produces(MediaType.APPLICATION_JSON)
public class InstitutionPairsResource {

  @Inject LivingTogether livingTogether;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The pairs who want to live together, each flagged while their homes differ (administrators, the committee)")
  public List<PairJson> pairs(@PathParam("id") long id) {
    return livingTogether.pairs(id).stream().map(p -> PairJson.of(p, Locales.of(headers))).toList();
  }
}
