package org.homeward.rights.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.Complainant;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintCategory;
import org.homeward.rights.entity.ComplaintChannel;
import org.homeward.rights.entity.ComplaintStatus;

/** A complaint. A due date left out is 30 days after receipt; the status and the dates of its steps are read-only here. */
@JsonbPropertyOrder({"id", "version", "institutionId", "residentId", "residentName", "madeBy", "anonymous", "complainantName", "channel",
    "categories", "receivedOn", "dueOn", "summary", "status", "ageInDays", "overdue", "reviewStartedOn", "answer", "answeredOn", "closedOn",
    "escalatedTo", "escalatedOn", "recordedBy", "recordedAt"})
public record ComplaintJson(
    Long id,
    Long version,
    Long institutionId,
    Long residentId,
    @Schema(readOnly = true) String residentName,
    @Schema(implementation = Complainant.class) String madeBy,
    Boolean anonymous,
    String complainantName,
    @Schema(implementation = ComplaintChannel.class) String channel,
    @Schema(description = "codes of " + "COERCION, ABUSE_OR_NEGLECT, LIVING_CONDITIONS, PRIVACY, CARE, STAFF_CONDUCT, DISCRIMINATION, OTHER")
    List<String> categories,
    LocalDate receivedOn,
    LocalDate dueOn,
    String summary,
    @Schema(readOnly = true, implementation = ComplaintStatus.class) String status,
    @Schema(readOnly = true) Long ageInDays,
    @Schema(readOnly = true) Boolean overdue,
    @Schema(readOnly = true) LocalDate reviewStartedOn,
    @Schema(readOnly = true) String answer,
    @Schema(readOnly = true) LocalDate answeredOn,
    @Schema(readOnly = true) LocalDate closedOn,
    @Schema(readOnly = true) String escalatedTo,
    @Schema(readOnly = true) LocalDate escalatedOn,
    @Schema(readOnly = true) String recordedBy,
    @Schema(readOnly = true) Instant recordedAt) {

  static ComplaintJson of(Complaint c, LocalDate today) {
    return new ComplaintJson(c.getId(), c.getVersion(), c.getInstitution().getId(), c.getResident() == null ? null : c.getResident().getId(),
        c.getResident() == null ? null : c.getResident().getDisplayName(), EnumParam.name(c.getMadeBy()), c.isAnonymous(),
        c.getComplainantName(), EnumParam.name(c.getChannel()), c.categoriesInOrder().stream().map(Enum::name).toList(), c.getReceivedOn(),
        c.getDueOn(), c.getSummary(), EnumParam.name(c.getStatus()), c.ageInDays(today), c.overdue(today), c.getReviewStartedOn(),
        c.getAnswer(), c.getAnsweredOn(), c.getClosedOn(), c.getEscalatedTo(), c.getEscalatedOn(), c.getRecordedBy(), c.getRecordedAt());
  }

  Complaint toComplaint() {
    List<FieldError> errors = new ArrayList<>();
    Set<ComplaintCategory> parsed = new LinkedHashSet<>();
    if (categories != null) {
      categories.stream().filter(Objects::nonNull).map(c -> EnumParam.parse(ComplaintCategory.class, c, "categories", errors))
          .filter(Objects::nonNull).forEach(parsed::add);
    }
    Complaint complaint = new Complaint(EnumParam.parse(Complainant.class, madeBy, "madeBy", errors),
        EnumParam.parse(ComplaintChannel.class, channel, "channel", errors), parsed, receivedOn, summary);
    InvalidInputException.throwIfAny(errors);
    complaint.setAnonymous(Boolean.TRUE.equals(anonymous));
    complaint.setComplainantName(complainantName);
    complaint.setDueOn(dueOn);
    return complaint;
  }
}
