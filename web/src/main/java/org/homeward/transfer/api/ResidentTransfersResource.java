package org.homeward.transfer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.transfer.boundary.CaseTransfers;
import org.homeward.transfer.entity.CaseTransfer;
import org.homeward.transfer.entity.TransferKind;

/** A person's transfers. Delegates to {@link CaseTransfers}, which checks the caller may change the person's record. */
@Path("residents/{residentId}/transfers")
@Tag(name = "Case transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentTransfersResource {

  @Inject CaseTransfers transfers;

  @GET
  @Operation(summary = "The person's transfers, latest first")
  public List<TransferJson> list(@PathParam("residentId") long residentId) {
    return transfers.ofResident(residentId).stream().map(TransferJson::of).toList();
  }

  @POST
  @Operation(summary = "Offer the case to another focal point worker, or (the committee, administrators) to another institution;"
      + " 409 while another transfer is pending")
  public Response offer(@PathParam("residentId") long residentId, TransferJson body) {
    Bodies.required(body);
    CaseTransfer offered = body.kindOrImplied() == TransferKind.INSTITUTION
        ? transfers.offerToInstitution(residentId, body.toInstitutionId(), body.reason())
        : transfers.offerToWorker(residentId, body.toWorkerId(), body.reason());
    return Response.created(UriBuilder.fromPath("/api/transfers/{id}").build(offered.getId())).entity(TransferJson.of(offered)).build();
  }
}
