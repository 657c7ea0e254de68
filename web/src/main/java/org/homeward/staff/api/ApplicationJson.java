package org.homeward.staff.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.Commitment;
import org.homeward.staff.entity.StaffApplication;

/**
 * An application to a community position and its appraisal. To apply, send {@code positionId},
 * {@code appliedOn} and an optional {@code note}; to appraise, the appraisal fields and the version.
 */
@JsonbPropertyOrder({"id", "version", "staffId", "positionId", "serviceName", "appliedOn", "note", "workRecord", "qualificationsAssessment",
    "willingToTrain", "commitment", "commitmentNotes", "decision", "declineReason", "decidedOn", "decidedBy"})
public record ApplicationJson(
    Long id,
    Long version,
    @Schema(readOnly = true) Long staffId,
    Long positionId,
    @Schema(readOnly = true) String serviceName,
    LocalDate appliedOn,
    String note,
    String workRecord,
    String qualificationsAssessment,
    Boolean willingToTrain,
    @Schema(implementation = Commitment.class) String commitment,
    String commitmentNotes,
    @Schema(implementation = ApplicationDecision.class) String decision,
    String declineReason,
    LocalDate decidedOn,
    @Schema(readOnly = true) String decidedBy) {

  static ApplicationJson of(StaffApplication a) {
    return new ApplicationJson(a.getId(), a.getVersion(), a.getStaffMember().getId(), a.getPosition().getId(),
        a.getPosition().getServiceName(), a.getAppliedOn(), a.getNote(), a.getWorkRecord(), a.getQualificationsAssessment(),
        a.getWillingToTrain(), EnumParam.name(a.getCommitment()), a.getCommitmentNotes(), EnumParam.name(a.getDecision()),
        a.getDeclineReason(), a.getDecidedOn(), a.getDecidedBy());
  }

  StaffApplication toApplication() {
    return new StaffApplication(appliedOn, note);
  }

  StaffApplication toAppraisal() {
    StaffApplication appraisal = new StaffApplication();
    appraisal.setWorkRecord(workRecord);
    appraisal.setQualificationsAssessment(qualificationsAssessment);
    appraisal.setWillingToTrain(willingToTrain);
    appraisal.setCommitment(EnumParam.parse(Commitment.class, commitment, "commitment"));
    appraisal.setCommitmentNotes(commitmentNotes);
    appraisal.setDecision(EnumParam.parse(ApplicationDecision.class, decision, "decision"));
    appraisal.setDeclineReason(declineReason);
    appraisal.setDecidedOn(decidedOn);
    if (version != null) {
      appraisal.setVersion(version);
    }
    return appraisal;
  }
}
