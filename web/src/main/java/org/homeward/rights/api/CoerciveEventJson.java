package org.homeward.rights.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoercionCorrection;
import org.homeward.rights.entity.CoerciveEvent;

/**
 * A coercive practice event: its facts now, the person's own account if they gave one, and every
 * correction with the facts as they stood before it.
 */
@JsonbPropertyOrder({"id", "version", "institutionId", "facts", "accountChoice", "ownAccount", "recordedBy", "recordedAt", "corrections"})
public record CoerciveEventJson(
    Long id,
    Long version,
    Long institutionId,
    CoercionFactsJson facts,
    @Schema(implementation = AccountChoice.class) String accountChoice,
    String ownAccount,
    String recordedBy,
    Instant recordedAt,
    List<CorrectionJson> corrections) {

  /** The facts as they stood before one correction, with who corrected them, when and why. */
  public record CorrectionJson(CoercionFactsJson previous, String why, String correctedBy, Instant correctedAt) {

    static CorrectionJson of(CoercionCorrection c) {
      return new CorrectionJson(CoercionFactsJson.of(c.getPrevious()), c.getWhy(), c.getCorrectedBy(), c.getCorrectedAt());
    }
  }

  static CoerciveEventJson of(CoerciveEvent e, boolean withCorrections) {
    return new CoerciveEventJson(e.getId(), e.getVersion(), e.getInstitution().getId(), CoercionFactsJson.of(e.getFacts()),
        EnumParam.name(e.getAccountChoice()), e.getOwnAccount(), e.getRecordedBy(), e.getRecordedAt(),
        withCorrections ? e.getCorrections().stream().map(CorrectionJson::of).toList() : null);
  }
}
