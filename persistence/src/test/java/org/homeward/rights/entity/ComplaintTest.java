package org.homeward.rights.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.entity.Resident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  private static Complaint received(LocalDate on) {
    Complaint complaint = new Complaint(Complainant.RESIDENT, ComplaintChannel.WRITTEN, Set.of(ComplaintCategory.COERCION), on,
        "Tied to the bed overnight");
    complaint.receiveAt(null, "committee.north", Instant.EPOCH);
    return complaint;
  }

  @ParameterizedTest(name = "received {0}, answered {1}: {2} days old, overdue {3}")
  @CsvSource(nullValues = "-", value = {
      "2026-06-01, -,          14, false",
      "2026-05-16, -,          30, false",
      "2026-05-15, -,          31, true",
      "2026-03-01, 2026-03-20, 19, false",
      "2026-01-01, 2026-06-10, 160, false"})
  void aComplaintAgesUntilItIsAnsweredAndIsOverdueAfterThirtyDays(LocalDate receivedOn, LocalDate answeredOn, long days, boolean overdue) {
    Complaint complaint = received(receivedOn);
    if (answeredOn != null) {
      complaint.moveTo(ComplaintStatus.ANSWERED, answeredOn, "We stopped the practice on ward B.", TODAY);
    }

    assertThat(complaint.getDueOn()).isEqualTo(receivedOn.plusDays(30));
    assertThat(complaint.ageInDays(TODAY)).isEqualTo(days);
    assertThat(complaint.overdue(TODAY)).isEqualTo(overdue);
  }

  @Test
  void aLateAnswerIsNoLongerOverdueButStaysLate() {
    Complaint complaint = received(LocalDate.of(2026, 1, 1));
    complaint.moveTo(ComplaintStatus.UNDER_REVIEW, LocalDate.of(2026, 1, 5), null, TODAY);
    assertThat(complaint.overdue(TODAY)).isTrue();

    complaint.moveTo(ComplaintStatus.ANSWERED, LocalDate.of(2026, 3, 1), "Apology and a new night routine", TODAY);

    assertThat(complaint.overdue(TODAY)).isFalse();
    assertThat(complaint.answeredLate()).isTrue();
  }

  @Test
  void theStepsRunInOrderAnAnswerIsWrittenAndAnEscalationNamesTheBody() {
    Complaint complaint = received(LocalDate.of(2026, 6, 1));

    assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.CLOSED, TODAY, null, TODAY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.ANSWERED, TODAY, " ", TODAY)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.UNDER_REVIEW, LocalDate.of(2026, 5, 31), null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.UNDER_REVIEW, TODAY.plusDays(1), null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    complaint.moveTo(ComplaintStatus.ANSWERED, LocalDate.of(2026, 6, 10), "Seen by the director", TODAY);
    assertThatThrownBy(() -> complaint.moveTo(ComplaintStatus.ESCALATED, TODAY, "", TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("text"));
    complaint.moveTo(ComplaintStatus.ESCALATED, TODAY, "National Preventive Mechanism", TODAY);
    assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.ESCALATED);
    assertThat(complaint.getEscalatedTo()).isEqualTo("National Preventive Mechanism");
    assertThat(complaint.getStatus().next()).isEmpty();
  }

  @Test
  void anAnonymousComplaintNamesNoOneAndDoesNotLinkTheResidentWhoMadeIt() {
    Complaint complaint = new Complaint(Complainant.RESIDENT, ComplaintChannel.COMPLAINTS_BOX, Set.of(ComplaintCategory.PRIVACY), TODAY,
        "Letters are opened");
    complaint.setAnonymous(true);
    complaint.setComplainantName("Ana Kovac");
    complaint.setResident(new Resident());
    complaint.setDueOn(TODAY.minusDays(1));

    assertThat(complaint.crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactly("dueOn", "complainantName", "residentId");
    assertThat(received(TODAY.plusDays(1)).crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactly("receivedOn");
  }
}
