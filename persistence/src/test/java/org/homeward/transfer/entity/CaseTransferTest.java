package org.homeward.transfer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.FocalPointAssignment;
import org.homeward.resident.entity.Readiness;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.Sex;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A transfer is answered once; a worker who accepts becomes the focal point the person chose or agreed to; a decline says why. */
class CaseTransferTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private final Institution hospital = withId(new Institution("PH-1", "Hospital", InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC,
      "North", 100, 80), 1L);
  private final Institution home = withId(new Institution("SC-2", "Home", InstitutionType.SOCIAL_CARE_HOME, Ownership.PUBLIC,
      "North", 40, 30), 2L);
  private final UserAccount fatima = withId(new UserAccount("fatima", "Fatima", "hash", Set.of(Role.FOCAL_POINT), NOW), 10L);
  private final UserAccount goran = withId(new UserAccount("goran", "Goran", "hash", Set.of(Role.FOCAL_POINT), NOW), 11L);
  private final UserAccount ivo = withId(new UserAccount("ivo", "Ivo", "hash", Set.of(Role.FOCAL_POINT), NOW), 12L);

  private Resident accompaniedByFatima() {
    Resident resident = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1970, 5, 1), Sex.FEMALE, LocalDate.of(2001, 3, 1));
    resident.admitTo(hospital, null, "committee", NOW);
    resident.assignFocalPoint(fatima, Consent.CHOSE, TODAY.minusMonths(3), null, "committee", NOW);
    return resident;
  }

  private CaseTransfer offeredToGoran(Resident resident) {
    return CaseTransfer.toWorker(resident, goran, "Fatima moves to the crisis team", "fatima", NOW);
  }

  @Test
  void aWorkerWhoAcceptsBecomesTheFocalPointWithThePersonsConsentAndTheHistoryKeepsTheFirst() {
    Resident resident = accompaniedByFatima();
    CaseTransfer transfer = offeredToGoran(resident);
    assertThat(resident.getFocalPoint()).as("the case stays while the offer is pending").isSameAs(fatima);

    transfer.accept(Consent.AGREED, TODAY, "goran", NOW);

    assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
    assertThat(transfer.getConsent()).isEqualTo(Consent.AGREED);
    assertThat(resident.getFocalPoint()).isSameAs(goran);
    assertThat(resident.getFocalPointHistory()).extracting(FocalPointAssignment::getWorker).containsExactly(fatima, goran);
    assertThat(resident.getFocalPointHistory().get(1).getReason()).isEqualTo("Fatima moves to the crisis team");
    assertThat(resident.focalPointConsented()).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = "TO_BE_ASKED")
  void aWorkerCannotAcceptWithoutThePersonsChoiceOrAgreement(Consent consent) {
    Resident resident = accompaniedByFatima();
    CaseTransfer transfer = offeredToGoran(resident);

    assertThatThrownBy(() -> transfer.accept(consent, TODAY, "goran", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("consent"));
    assertThat(transfer.pending()).isTrue();
    assertThat(resident.getFocalPoint()).isSameAs(fatima);
  }

  static Stream<Arguments> answers() {
    Consumer<CaseTransfer> accept = t -> t.accept(Consent.CHOSE, TODAY, "goran", NOW);
    Consumer<CaseTransfer> decline = t -> t.decline("I am on leave for three months", "goran", NOW);
    Consumer<CaseTransfer> withdraw = t -> t.withdraw("Reassigned", "committee", NOW);
    return Stream.of(
        Arguments.of("accepted", accept, "accepted again", accept),
        Arguments.of("accepted", accept, "declined", decline),
        Arguments.of("declined", decline, "accepted", accept),
        Arguments.of("declined", decline, "declined again", decline),
        Arguments.of("withdrawn", withdraw, "accepted", accept));
  }

  @ParameterizedTest(name = "{0}, then {2}")
  @MethodSource("answers")
  void aTransferIsAnsweredOnlyOnce(String first, Consumer<CaseTransfer> firstAnswer, String second, Consumer<CaseTransfer> secondAnswer) {
    CaseTransfer transfer = offeredToGoran(accompaniedByFatima());
    firstAnswer.accept(transfer);
    TransferStatus answered = transfer.getStatus();

    assertThatThrownBy(() -> secondAnswer.accept(transfer))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("transfer.answered"));
    assertThat(transfer.getStatus()).isEqualTo(answered);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aDeclineSaysWhy(String reason) {
    Resident resident = accompaniedByFatima();
    CaseTransfer transfer = offeredToGoran(resident);

    assertThatThrownBy(() -> transfer.decline(reason, "goran", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("reason"));
    assertThat(transfer.pending()).isTrue();

    transfer.decline("My caseload is full", "goran", NOW);
    assertThat(transfer.getStatus()).isEqualTo(TransferStatus.DECLINED);
    assertThat(transfer.getAnswerReason()).isEqualTo("My caseload is full");
    assertThat(resident.getFocalPoint()).isSameAs(fatima);
  }

  @Test
  void anOfferNeedsAReasonAndAnotherWorker() {
    Resident resident = accompaniedByFatima();

    assertThatThrownBy(() -> CaseTransfer.toWorker(resident, goran, " ", "fatima", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("reason"));
    assertThatThrownBy(() -> CaseTransfer.toWorker(resident, fatima, "Why not", "fatima", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("toWorkerId"));
  }

  @Test
  void anOfferNoLongerStandsOnceTheCaseWentToSomeoneElse() {
    Resident resident = accompaniedByFatima();
    CaseTransfer transfer = offeredToGoran(resident);
    resident.assignFocalPoint(ivo, Consent.CHOSE, TODAY, "The person asked for Ivo", "committee", NOW);

    assertThatThrownBy(() -> transfer.accept(Consent.AGREED, TODAY, "goran", NOW))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("transfer.outdated"));
    assertThat(resident.getFocalPoint()).isSameAs(ivo);
  }

  @Test
  void anInstitutionThatAcceptsTakesThePersonsRecordAndTheFocalPointStays() {
    Resident resident = accompaniedByFatima();
    CaseTransfer transfer = CaseTransfer.toInstitution(resident, home, "Closer to her sister", "committee", NOW);

    transfer.accept(null, TODAY, "committee.home", NOW);

    assertThat(resident.getInstitution()).isSameAs(home);
    assertThat(resident.getUnit()).isNull();
    assertThat(resident.getFocalPoint()).isSameAs(fatima);
    assertThat(transfer.getFromInstitution()).isSameAs(hospital);
    assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ACCEPTED);
    assertThatThrownBy(() -> CaseTransfer.toInstitution(resident, home, "Again", "committee", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("toInstitutionId"));
  }

  @Test
  void aPersonWhoMovedToTheCommunityIsNotTransferredBetweenInstitutions() {
    Resident resident = accompaniedByFatima();
    resident.changeStatus(ResidentStatus.PREPARING, TODAY, null, new Readiness(true, true, true, true), false, "fatima", NOW, TODAY);
    resident.changeStatus(ResidentStatus.READY_TO_MOVE, TODAY, null, new Readiness(true, true, true, true), false, "fatima", NOW, TODAY);
    resident.changeStatus(ResidentStatus.MOVED, TODAY, null, new Readiness(true, true, true, true), false, "fatima", NOW, TODAY);

    assertThatThrownBy(() -> CaseTransfer.toInstitution(resident, home, "Closer to her sister", "committee", NOW))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("transfer.notInInstitution"));
  }

  @Test
  void aBulkReassignmentLeavesThePersonToBeAskedUntilTheyChooseOrAgree() {
    Resident resident = accompaniedByFatima();
    resident.reassignFocalPoint(goran, TODAY, "Fatima left the service", "committee", NOW);

    assertThat(resident.consentToBeAsked()).isTrue();
    assertThat(resident.focalPointConsented()).isFalse();

    resident.recordConsent(Consent.CHOSE, TODAY, "goran", NOW);

    assertThat(resident.focalPointConsented()).isTrue();
    assertThat(resident.getFocalPointHistory()).extracting(FocalPointAssignment::getConsent)
        .containsExactly(Consent.CHOSE, Consent.TO_BE_ASKED, Consent.CHOSE);
    assertThatThrownBy(() -> resident.recordConsent(Consent.AGREED, TODAY, "goran", NOW)).isInstanceOf(RuleViolationException.class);
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
