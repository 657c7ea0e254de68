package org.homeward.transfer.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.api.Bodies;
import org.homeward.api.EnumParam;
import org.homeward.api.Versions;
import org.homeward.resident.entity.Consent;
import org.homeward.transfer.boundary.CaseTransfers;

/** Transfers offered to the caller, and their answer. Delegates to {@link CaseTransfers}, which lets only the receiver answer. */
@Path("transfers")
@Tag(name = "Case transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

  @Inject CaseTransfers transfers;

  @GET
  @Path("offered")
  @Operation(summary = "The pending transfers the caller may answer: cases offered to them as focal point, or to an institution in their scope")
  public List<TransferJson> offered() {
    return transfers.offered().stream().map(TransferJson::of).toList();
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Accept; a worker sends the person's consent (CHOSE or AGREED) and becomes their focal point")
  public TransferJson accept(@PathParam("id") long id, AnswerJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return TransferJson.of(transfers.accept(id, version, EnumParam.parse(Consent.class, body.consent(), "consent")));
  }

  @POST
  @Path("{id}/decline")
  @Operation(summary = "Decline, saying why (reason); the case stays where it is")
  public TransferJson decline(@PathParam("id") long id, AnswerJson body) {
    long version = Versions.required(Bodies.required(body).version());
    return TransferJson.of(transfers.decline(id, version, body.reason()));
  }
}
