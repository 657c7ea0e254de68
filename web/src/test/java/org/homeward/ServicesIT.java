package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.homeward.budget.boundary.BudgetFigures;
import org.homeward.budget.boundary.BudgetSummaries;
import org.homeward.budget.boundary.BudgetSummary;
import org.homeward.budget.boundary.Budgets;
import org.homeward.budget.boundary.NationalBudgets;
import org.homeward.budget.boundary.TransitionCosts;
import org.homeward.budget.control.NationalProjection;
import org.homeward.budget.control.Projection;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetCategory;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.FundingSource;
import org.homeward.budget.entity.Reallocation;
import org.homeward.committee.boundary.Committees;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.database.boundary.DatabaseMigration;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.boundary.InstitutionFilter;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.monitoring.control.IndicatorRepository;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.committee.boundary.Committees;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.MilestoneKind;
import org.homeward.plan.entity.Phase;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.RevisionStatus;
import org.homeward.plan.entity.RightsPractice;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.NotAuthenticatedException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.FocalPointAssignment;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.Sex;
import org.homeward.resident.entity.StatusChange;
import org.homeward.rights.boundary.CoercionFigures;
import org.homeward.rights.boundary.CoercionRecords;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionFacts;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.security.entity.Role;
import org.homeward.staff.boundary.CommunityPositions;
import org.homeward.staff.boundary.ImportReport;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.boundary.StaffFigures;
import org.homeward.staff.boundary.StaffRoster;
import org.homeward.staff.boundary.StaffTrainings;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.Commitment;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;
import org.homeward.transfer.boundary.CaseTransfers;
import org.homeward.transfer.boundary.Handover;
import org.homeward.transfer.boundary.Reassignments;
import org.homeward.transfer.entity.CaseTransfer;
import org.homeward.transfer.entity.TransferStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The use cases as the application runs them: the WAR the build made, in Payara Micro, on a real
 * PostgreSQL (started by {@link EmbeddedDatabaseSession}), with the access guard, the audit
 * interceptor, Flyway and the database's own rules all in play.
 *
 * <p>The suite's one deployment: every Arquillian test class would start a Payara Micro of its own.
 * Tests run inside the server and act as a user by signing in through Homeward's own authentication
 * mechanism ({@link #signInAs}); a call made without signing in is anonymous. Each test seeds its own
 * records under unique codes and user names ({@link Seeds}) and relies on no other test.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

  private static final String INSTITUTION = "Institution";
  private static final String ADMIN = "admin";

  @Deployment
  static WebArchive deployment() {
    JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "homeward-in-container-tests.jar")
        .addClass(RunnerExchange.class)
        .addAsManifestResource("in-container/web-fragment.xml", "web-fragment.xml");
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/homeward.war"))
        .addClasses(ServicesIT.class, Seeds.class, AuditRows.class, Acceptances.class)
        .addAsLibrary(runnerAccess)
        .addAsLibrary(jarOf(Assertions.class));
  }

  @Inject SecurityContext security;
  @Inject Institutions institutions;
  @Inject ClosurePlans plans;
  @Inject Committees committees;
  @Inject Residents residents;
  @Inject CaseTransfers transfers;
  @Inject Reassignments reassignments;
  @Inject StaffRoster roster;
  @Inject StaffTrainings staffTrainings;
  @Inject CommunityPositions communityPositions;
  @Inject Redeployment redeployment;
  @Inject Acceptances acceptances;
  @Inject CoercionRecords coercion;
  @Inject Budgets budgets;
  @Inject NationalBudgets nationalBudgets;
  @Inject BudgetSummaries summaries;
  @Inject TransitionCosts transitionCosts;

  private DataSource dataSource;
  private Seeds seeds;
  private AuditRows audit;

  @BeforeEach
  void connect() throws NamingException {
    dataSource = InitialContext.doLookup(DatabaseMigration.DATA_SOURCE);
    seeds = new Seeds(dataSource);
    audit = new AuditRows(dataSource);
  }

  // --- acting as a user -------------------------------------------------------------------------

  @Test
  void aCallWithoutSigningInIsRefused() {
    assertThat(security.getCallerPrincipal()).isNull();

    assertThatThrownBy(() -> institutions.count(null)).isInstanceOf(NotAuthenticatedException.class);
  }

  @Test
  void aSignedInUsersCallsRunAsThatUser() {
    long mine = seeds.institution(Seeds.code(), "Own home");
    seeds.institution(Seeds.code(), "Someone else's home");
    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));

    signInAs(committee);

    assertThat(security.getCallerPrincipal().getName()).isEqualTo(committee);
    assertThat(security.isCallerInRole(Role.COMMITTEE.name())).isTrue();
    assertThat(security.isCallerInRole(Role.ADMIN.name())).isFalse();
    assertThat(institutions.count(null)).as("institutions in the caller's scope").isEqualTo(1);
    assertThat(audit.byActor(committee)).extracting(AuditRows.Row::action).containsExactly("LOGIN");
  }

  // --- optimistic locking -----------------------------------------------------------------------

  @Test
  void aStaleEditIsRefusedAndChangesNothing() {
    long id = seeds.institution(Seeds.code(), "First name");
    signInAsAdministrator();
    Institution firstCopy = institutions.find(id);
    Institution secondCopy = institutions.find(id);
    long loaded = firstCopy.getVersion();

    firstCopy.setName("Saved first");
    Institution saved = institutions.update(id, firstCopy);
    secondCopy.setName("Saved second");
    secondCopy.setBedCapacity(999);

    assertThat(saved.getVersion()).isGreaterThan(loaded);
    assertThatThrownBy(() -> institutions.update(id, secondCopy)).isInstanceOf(StaleRecordException.class);
    Institution stored = institutions.find(id);
    assertThat(stored.getName()).isEqualTo("Saved first");
    assertThat(stored.getBedCapacity()).isEqualTo(40);
    assertThat(stored.getVersion()).isEqualTo(saved.getVersion());
    assertThat(audit.ofRecord(INSTITUTION, id)).extracting(AuditRows.Row::details)
        .noneMatch(details -> details != null && details.contains("Saved second"));
  }

  // --- scope -------------------------------------------------------------------------------------

  @Test
  void aCommitteeMemberCannotReadAnInstitutionOutsideTheirScope() {
    long mine = seeds.institution(Seeds.code(), "Own home");
    long other = seeds.institution(Seeds.code(), "Someone else's home");
    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));
    signInAs(committee);

    assertThat(institutions.find(mine).getId()).isEqualTo(mine);
    assertThatThrownBy(() -> institutions.find(other)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aCommitteeMembersSearchListsOnlyTheirInstitutions() {
    String token = Seeds.code();
    long first = seeds.institution(Seeds.code(), "Home " + token + " A");
    long second = seeds.institution(Seeds.code(), "Home " + token + " B");
    long outside = seeds.institution(Seeds.code(), "Home " + token + " C");
    String committee = seeds.user(Role.COMMITTEE, Set.of(first, second));
    signInAs(committee);

    Page<Institution> all = institutions.search(null, PageRequest.of(0, PageRequest.MAX_SIZE));
    Page<Institution> matching = institutions.search(
        new InstitutionFilter(token, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE));

    assertThat(all.items()).extracting(Institution::getId).containsExactlyInAnyOrder(first, second);
    assertThat(all.total()).isEqualTo(2);
    assertThat(matching.items()).extracting(Institution::getId)
        .containsExactlyInAnyOrder(first, second)
        .doesNotContain(outside);
    assertThat(matching.total()).isEqualTo(2);
  }

  // --- audit trail -------------------------------------------------------------------------------

  @Test
  void registeringAnInstitutionIsAuditedWithItsFields() {
    String code = Seeds.code();
    signInAsAdministrator();

    long id = institutions.register(draft(code, "Riverside Home")).getId();

    List<AuditRows.Row> rows = audit.ofRecord(INSTITUTION, id);
    assertThat(rows).extracting(AuditRows.Row::action).containsExactly("CREATE");
    AuditRows.Row created = rows.get(0);
    assertThat(created.actor()).isEqualTo(ADMIN);
    JsonObject changes = created.json().getJsonObject("changes");
    assertThat(changes.getJsonObject("code").getString("to")).isEqualTo(code);
    assertThat(changes.getJsonObject("name").getString("to")).isEqualTo("Riverside Home");
    assertThat(isNullOrAbsent(changes.getJsonObject("code"), "from")).isTrue();
  }

  @Test
  void anEditIsAuditedWithBeforeAndAfterOfTheChangedFieldOnly() {
    long id = seeds.institution(Seeds.code(), "Old name");
    signInAsAdministrator();
    Institution edited = institutions.find(id);
    edited.setName("New name");

    institutions.update(id, edited);

    List<AuditRows.Row> updates = audit.ofRecord(INSTITUTION, id).stream()
        .filter(r -> r.action().equals("UPDATE")).toList();
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).actor()).isEqualTo(ADMIN);
    JsonObject changes = updates.get(0).json().getJsonObject("changes");
    assertThat(changes.keySet()).containsExactly("name");
    assertThat(changes.getJsonObject("name").getString("from")).isEqualTo("Old name");
    assertThat(changes.getJsonObject("name").getString("to")).isEqualTo("New name");
  }

  @Test
  void readingAnInstitutionIsAudited() {
    long id = seeds.institution(Seeds.code(), "Hillside Home");
    String committee = seeds.user(Role.COMMITTEE, Set.of(id));
    signInAs(committee);

    institutions.find(id);

    assertThat(audit.ofRecord(INSTITUTION, id))
        .extracting(AuditRows.Row::actor, AuditRows.Row::action)
        .containsExactly(Assertions.tuple(committee, "READ"));
  }

  @Test
  void aDeniedReadIsAuditedAlthoughTheCallRollsBack() {
    long mine = seeds.institution(Seeds.code(), "Own home");
    long other = seeds.institution(Seeds.code(), "Someone else's home");
    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));
    signInAs(committee);

    assertThatThrownBy(() -> institutions.find(other)).isInstanceOf(AccessDeniedException.class);

    List<AuditRows.Row> rows = audit.ofRecord(INSTITUTION, other);
    assertThat(rows).extracting(AuditRows.Row::actor, AuditRows.Row::action)
        .containsExactly(Assertions.tuple(committee, "DENIED"));
    assertThat(rows.get(0).json().getString("use")).isEqualTo("Institutions.find");
  }

  @Test
  void aCallOutsideTheCallersRoleIsDeniedAuditedAndWritesNothing() {
    long mine = seeds.institution(Seeds.code(), "Own home");
    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));
    String code = Seeds.code();
    signInAs(committee);

    assertThatThrownBy(() -> institutions.register(draft(code, "Not theirs to register")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(seeds.institutionsWithCode(code)).isZero();
    assertThat(audit.byActor(committee))
        .filteredOn(r -> r.action().equals("DENIED"))
        .singleElement()
        .satisfies(r -> assertThat(r.json().getString("use")).isEqualTo("Institutions.register"));
  }

  // --- input rules -------------------------------------------------------------------------------

  @Test
  void aDuplicateCodeIsRefused() {
    String code = Seeds.code();
    signInAsAdministrator();
    institutions.register(draft(code, "First of the name"));

    assertThatThrownBy(() -> institutions.register(draft(code, "Second of the name")))
        .isInstanceOfSatisfying(DuplicateRecordException.class,
            e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("code"));
    assertThat(seeds.institutionsWithCode(code)).isEqualTo(1);
  }

  @Test
  void registeringWithBadFieldsNamesEachBadField() {
    Institution draft = draft("bad code!", " ");
    draft.setType(null);
    draft.setBedCapacity(-1);
    signInAsAdministrator();

    assertThatThrownBy(() -> institutions.register(draft))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.fieldErrors()).extracting(FieldError::field)
              .containsExactly("bedCapacity", "code", "name", "type");
          assertThat(e.fieldErrors()).extracting(FieldError::message)
              .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("{"));
        });
    assertThat(seeds.institutionsWithCode("bad code!")).isZero();
  }

  // --- closure plans -----------------------------------------------------------------------------

  @Test
  void aReviewCopiesActionsAndMilestonesAndLeavesTheApprovedRevisionAsItWas() {
    long id = seeds.institution(Seeds.code(), "Plan home");
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    PlanRevision first = plans.create(id, LocalDate.now().plusYears(2));
    Milestone closed = first.getMilestones().stream().filter(m -> m.getKind() == MilestoneKind.INSTITUTION_CLOSED).findFirst().orElseThrow();
    PlanAction housing = plans.addAction(id, 1,
        new PlanAction("Secure tenancies", ActionCategory.HOUSING, "Chair", LocalDate.now(), LocalDate.now().plusMonths(6)), closed.getId());
    plans.approve(id, 1, plans.revision(id, 1).getVersion(), "First plan");
    PlanRevision approved = plans.revision(id, 1);

    PlanRevision review = plans.startReview(id);
    PlanAction copy = review.getActions().get(0);
    PlanAction renamed = new PlanAction("Secure 40 tenancies", copy.getCategory(), copy.getOwner(), copy.getStartsOn(), copy.getDueOn());
    renamed.setVersion(copy.getVersion());
    plans.updateAction(id, 2, copy.getId(), renamed, copy.getMilestone().getId());
    plans.removeMilestone(id, 2, review.getMilestones().get(0).getId());

    PlanRevision second = plans.revision(id, 2);
    assertThat(second.getStatus()).isEqualTo(RevisionStatus.DRAFT);
    assertThat(second.getActions()).singleElement().satisfies(a -> {
      assertThat(a.getId()).isNotEqualTo(housing.getId());
      assertThat(a.getTitle()).isEqualTo("Secure 40 tenancies");
      assertThat(a.getMilestone().getKind()).isEqualTo(MilestoneKind.INSTITUTION_CLOSED);
      assertThat(a.getMilestone().getId()).isNotEqualTo(closed.getId());
    });
    assertThat(second.getMilestones()).hasSize(approved.getMilestones().size() - 1);
    PlanRevision firstAgain = plans.revision(id, 1);
    assertThat(firstAgain.getStatus()).isEqualTo(RevisionStatus.APPROVED);
    assertThat(firstAgain.getVersion()).isEqualTo(approved.getVersion());
    assertThat(firstAgain.getActions()).extracting(PlanAction::getTitle).containsExactly("Secure tenancies");
    assertThat(firstAgain.getMilestones()).hasSameSizeAs(approved.getMilestones());
    assertThat(audit.ofRecord("PlanAction", copy.getId())).extracting(AuditRows.Row::action).containsExactly("CREATE", "UPDATE");
  }

  @Test
  void anApprovedRevisionRefusesChangesToWhatItSaysButRecordsProgress() {
    long id = seeds.institution(Seeds.code(), "Approved plan home");
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    plans.create(id, LocalDate.now().plusYears(2));
    PlanAction doors = new PlanAction("Open the doors", ActionCategory.RIGHTS_IN_PRACTICE, "Ward managers", null, LocalDate.now().plusMonths(1));
    doors.setRightsPractice(RightsPractice.OPEN_DOORS);
    plans.addAction(id, 1, doors, null);
    plans.approve(id, 1, plans.revision(id, 1).getVersion(), "First plan");
    PlanAction stored = plans.revision(id, 1).getActions().get(0);

    PlanAction retitled = new PlanAction("Open some doors", stored.getCategory(), stored.getOwner(), stored.getStartsOn(), stored.getDueOn());
    retitled.setRightsPractice(stored.getRightsPractice());
    retitled.setVersion(stored.getVersion());
    long actionId = stored.getId();
    assertThatThrownBy(() -> plans.updateAction(id, 1, actionId, retitled, null)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> plans.addPhase(id, 1, new Phase("Late phase", LocalDate.now(), LocalDate.now().plusDays(1), null)))
        .isInstanceOf(RuleViolationException.class);

    PlanAction done = new PlanAction(stored.getTitle(), stored.getCategory(), stored.getOwner(), stored.getStartsOn(), stored.getDueOn());
    done.setRightsPractice(stored.getRightsPractice());
    done.setStatus(ActionStatus.DONE);
    done.setDoneOn(LocalDate.now());
    done.setVersion(stored.getVersion());
    assertThat(plans.updateAction(id, 1, actionId, done, null).getStatus()).isEqualTo(ActionStatus.DONE);
    assertThat(plans.revision(id, 1).getActions()).extracting(PlanAction::getTitle).containsExactly("Open the doors");
  }

  @Test
  void aCommitteeMemberOfOneInstitutionCannotReadOrChangeAnothersPlanOrCommittee() {
    long mine = seeds.institution(Seeds.code(), "Own plan home");
    long other = seeds.institution(Seeds.code(), "Other plan home");
    signInAsAdministrator();
    plans.create(other, LocalDate.now().plusYears(3));
    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));
    signInAs(committee);

    assertThatThrownBy(() -> plans.plan(other)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> plans.revision(other, 1)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> plans.addAction(other, 1,
        new PlanAction("Intrusion", ActionCategory.OTHER, "Nobody", null, LocalDate.now().plusDays(9)), null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> plans.startReview(other)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> committees.addMember(other,
        new CommitteeMember("Intruder", null, Constituency.LOCAL_COMMUNITY, null, LocalDate.now(), null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(plans.overview()).extracting(summary -> summary.institution().getId()).contains(mine).doesNotContain(other);

    signInAsAdministrator();
    assertThat(plans.revision(other, 1).getActions()).isEmpty();
    assertThat(committees.members(other)).isEmpty();
    assertThat(audit.byActor(committee)).extracting(AuditRows.Row::action).contains("DENIED");
  }

  // --- residents ---------------------------------------------------------------------------------

  @Test
  void aCaseMovesStepByStepAndReadyToMoveIsRefusedUntilTheSafeguardsHold() {
    long id = seeds.institution(Seeds.code(), "Case home");
    String worker = seeds.user(Role.FOCAL_POINT, Set.of(id));
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    Resident admitted = residents.admit(id, person(), null);
    long residentId = admitted.getId();
    long workerId = userId(worker);
    residents.assignFocalPoint(residentId, admitted.getVersion(), workerId, Consent.CHOSE, LocalDate.now(), null);

    signInAs(worker);
    Resident preparing = residents.changeStatus(residentId, residents.find(residentId).getVersion(), ResidentStatus.PREPARING, LocalDate.now(), null);
    long version = preparing.getVersion();
    assertThatThrownBy(() -> residents.changeStatus(residentId, version, ResidentStatus.READY_TO_MOVE, LocalDate.now(), null))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::message)
            .containsExactly("{resident.readiness.supportPlan}", "{resident.readiness.placement}", "{resident.readiness.services}"));
    assertThatThrownBy(() -> residents.changeStatus(residentId, version, ResidentStatus.MOVED, LocalDate.now(), null))
        .isInstanceOf(RuleViolationException.class);

    Resident stored = residents.find(residentId);
    assertThat(stored.getStatus()).isEqualTo(ResidentStatus.PREPARING);
    assertThat(stored.getStatusHistory()).extracting(StatusChange::getToStatus)
        .containsExactly(ResidentStatus.IN_INSTITUTION, ResidentStatus.PREPARING);
    assertThat(stored.getStatusHistory().get(1).getRecordedBy()).isEqualTo(worker);
  }

  @Test
  void aFocalPointReadsOnlyThePeopleTheyAccompanyTheMinistryNoneAndEveryReadIsAudited() {
    long id = seeds.institution(Seeds.code(), "Scope home");
    String mine = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String other = seeds.user(Role.FOCAL_POINT, Set.of(id));
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    Resident accompanied = residents.admit(id, person(), null);
    residents.assignFocalPoint(accompanied.getId(), accompanied.getVersion(), userId(mine), Consent.AGREED, LocalDate.now(), null);
    long notMine = residents.admit(id, person(), null).getId();

    signInAs(mine);
    assertThat(residents.find(accompanied.getId()).getId()).isEqualTo(accompanied.getId());
    assertThatThrownBy(() -> residents.find(notMine)).isInstanceOf(AccessDeniedException.class);
    assertThat(residents.search(id, null, PageRequest.of(0, 50)).items()).extracting(Resident::getId).containsExactly(accompanied.getId());
    assertThat(audit.byActor(mine)).extracting(AuditRows.Row::action).contains("READ", "DENIED");
    assertThat(audit.ofRecord("Resident", accompanied.getId())).anyMatch(r -> r.action().equals("READ") && r.actor().equals(mine));

    signInAs(other);
    assertThatThrownBy(() -> residents.find(accompanied.getId())).isInstanceOf(AccessDeniedException.class);

    signInAs(seeds.user(Role.MINISTRY, Set.of()));
    assertThatThrownBy(() -> residents.find(accompanied.getId())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> residents.search(id, null, PageRequest.of(0, 50))).isInstanceOf(AccessDeniedException.class);
    assertThat(residents.figures(id).total()).isEqualTo(2);
  }

  // --- case transfers ----------------------------------------------------------------------------

  @Test
  void aTransferAcceptedByTheReceivingWorkerMakesThemTheFocalPointAndKeepsTheHistory() {
    long id = seeds.institution(Seeds.code(), "Transfer home");
    String current = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String receiving = seeds.user(Role.FOCAL_POINT, Set.of(id));
    long residentId = accompaniedBy(id, current);

    signInAs(current);
    CaseTransfer offered = transfers.offerToWorker(residentId, userId(receiving), "Moving to the crisis team");
    assertThatThrownBy(() -> transfers.offerToWorker(residentId, userId(receiving), "Again"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("transfer.alreadyPending"));
    assertThat(residents.find(residentId).getFocalPoint().getUsername()).as("the case stays while pending").isEqualTo(current);

    signInAs(receiving);
    assertThat(transfers.offered()).extracting(CaseTransfer::getId).containsExactly(offered.getId());
    transfers.accept(offered.getId(), offered.getVersion(), Consent.AGREED);

    Resident stored = residents.find(residentId);
    assertThat(stored.getFocalPoint().getUsername()).isEqualTo(receiving);
    assertThat(stored.getFocalPointHistory()).extracting(a -> a.getWorker().getUsername(), FocalPointAssignment::getConsent)
        .containsExactly(tuple(current, Consent.CHOSE), tuple(receiving, Consent.AGREED));
    assertThat(transfers.offered()).isEmpty();
    assertThat(audit.ofRecord("CaseTransfer", offered.getId())).extracting(AuditRows.Row::action).contains("CREATE", "UPDATE");
  }

  @Test
  void aWorkerOutsideThePersonsInstitutionCannotAcceptAndTheCaseStays() throws SQLException {
    long id = seeds.institution(Seeds.code(), "Transfer home");
    long other = seeds.institution(Seeds.code(), "Other home");
    String current = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String receiving = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String outside = seeds.user(Role.FOCAL_POINT, Set.of(other));
    long residentId = accompaniedBy(id, current);
    signInAs(current);
    assertThatThrownBy(() -> transfers.offerToWorker(residentId, userId(outside), "Closer to her sister"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("toWorkerId"));
    CaseTransfer offered = transfers.offerToWorker(residentId, userId(receiving), "Moving to the crisis team");

    execute("update user_institution set institution_id = " + other + " where user_id = " + userId(receiving));
    for (String worker : List.of(receiving, outside)) {
      signInAs(worker);
      assertThat(transfers.offered()).as(worker).isEmpty();
      assertThatThrownBy(() -> transfers.accept(offered.getId(), offered.getVersion(), Consent.CHOSE)).as(worker)
          .isInstanceOf(AccessDeniedException.class);
    }

    signInAsAdministrator();
    assertThat(residents.find(residentId).getFocalPoint().getUsername()).isEqualTo(current);
    assertThat(transfers.ofResident(residentId)).extracting(CaseTransfer::getStatus).containsExactly(TransferStatus.PENDING);
  }

  @Test
  void aBulkReassignmentWithOneReceiverOutOfScopeWritesNothingAndOtherwiseLeavesEachPersonToBeAsked() {
    long id = seeds.institution(Seeds.code(), "Reassignment home");
    long other = seeds.institution(Seeds.code(), "Other home");
    String leaving = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String staying = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String outside = seeds.user(Role.FOCAL_POINT, Set.of(other));
    long first = accompaniedBy(id, leaving);
    long second = accompaniedBy(id, leaving);
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));

    assertThatThrownBy(() -> reassignments.reassign(id, userId(leaving), userId(staying), List.of(new Handover(second, userId(outside))),
        "Fatima left the service"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cases[0].toWorkerId"));
    assertThat(reassignments.activeCases(id, userId(leaving))).extracting(Resident::getId).containsExactlyInAnyOrder(first, second);

    assertThat(reassignments.reassign(id, userId(leaving), userId(staying), List.of(), "Fatima left the service")).hasSize(2);

    assertThat(reassignments.activeCases(id, userId(leaving))).isEmpty();
    Resident stored = residents.find(first);
    assertThat(stored.getFocalPoint().getUsername()).isEqualTo(staying);
    assertThat(stored.getFocalPointHistory()).extracting(FocalPointAssignment::getConsent).containsExactly(Consent.CHOSE, Consent.TO_BE_ASKED);
    assertThat(stored.getFocalPointHistory().get(1).getReason()).isEqualTo("Fatima left the service");
    assertThat(residents.readiness(first).focalPointConsented()).isFalse();
  }

  // --- database ----------------------------------------------------------------------------------

  @Test
  void theMigrationsRanAtStartUp() throws SQLException {
    Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();

    assertThat(flyway.info().pending()).as("migrations in the WAR not applied").isEmpty();
    assertThat(flyway.validateWithResult().validationSuccessful).as("applied migrations match the WAR's").isTrue();
    assertThat(strings("select version from flyway_schema_history where success order by installed_rank"))
        .contains("1", "2", "3", "4", "5", "6");
    assertThat(strings("select table_name from information_schema.tables where table_schema = 'public'"))
        .contains("institution", "institution_unit", "user_account", "user_role", "user_institution",
            "app_secret", "audit_entry", "committee_member", "committee_meeting", "closure_plan", "plan_revision",
            "plan_phase", "plan_milestone", "plan_action", "consultation_event", "repurposing_site");
  }

  @Test
  void theApplicationsDatabaseRoleCannotChangeOrRemoveAuditRows() throws SQLException {
    String probe = "it-probe-" + Seeds.code().toLowerCase(Locale.ROOT);
    long id;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select current_user, rolsuper from pg_roles where rolname = current_user")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("homeward");
        assertThat(rs.getBoolean(2)).as("the application's role is a superuser").isFalse();
      }
      try (ResultSet rs = s.executeQuery("insert into audit_entry (occurred_at, actor, action)"
          + " values (now(), '" + probe + "', 'READ') returning id")) {
        rs.next();
        id = rs.getLong(1);
      }

      // it owns nothing, so it cannot give itself the rights back or switch the trigger off
      s.execute("grant update, delete on audit_entry to current_user");
      for (String sql : List.of(
          "update audit_entry set actor = 'tampered' where id = " + id,
          "delete from audit_entry where id = " + id,
          "truncate audit_entry",
          "alter table audit_entry disable trigger all",
          "create table audit_entry_copy (id bigint)")) {
        assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql)
            .isInstanceOfSatisfying(SQLException.class, e -> {
              assertThat(e.getSQLState()).isEqualTo("42501");
              assertThat(e.getMessage()).containsAnyOf("permission denied", "must be owner");
            });
      }
    }
    assertThat(audit.withId(id).actor()).isEqualTo(probe);
  }

  // --- staff -------------------------------------------------------------------------------------

  @Test
  void aRosterImportAddsTheGoodRowsWholeAndLeavesNoTraceOfABadOne() throws SQLException {
    long id = seeds.institution(Seeds.code(), "Home with staff");
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    String csv = "name,role,qualifications,years_of_service,fte,contract_type,region,background\n"
        + "\"Novak, Ivana\",NURSE,REGISTERED_NURSE;MENTAL_HEALTH_NURSE,18,1.0,PERMANENT,North,\"Ward A, \"\"long stay\"\"\"\n"
        + "Unknown Diver,NURSE,REGISTERED_NURSE;DEEP_SEA_DIVING,3,0.5,PERMANENT,North,\n"
        + "Too Much,PSYCHOLOGIST,,-1,1.5,WHENEVER,,\n"
        + "Lejla Begic,PSYCHOLOGIST,CLINICAL_PSYCHOLOGY,7,0.8,FIXED_TERM,,\n";

    ImportReport report = roster.importRoster(id, csv);

    assertThat(report.rows()).extracting(ImportReport.RowResult::line, ImportReport.RowResult::accepted)
        .containsExactly(tuple(2, true), tuple(3, false), tuple(4, false), tuple(5, true));
    assertThat(report.rows().get(1).errors()).extracting(FieldError::field).containsExactly("qualifications");
    assertThat(report.rows().get(2).errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("years_of_service", "fte", "contract_type");
    assertThat(strings("select name from staff_member where institution_id = " + id + " order by name"))
        .containsExactly("Lejla Begic", "Novak, Ivana");
    assertThat(strings("select q.qualification_code from staff_qualification q join staff_member s on s.id = q.staff_member_id"
        + " where s.institution_id = " + id + " order by 1")).containsExactly("CLINICAL_PSYCHOLOGY", "MENTAL_HEALTH_NURSE", "REGISTERED_NURSE");
    assertThat(roster.member(report.rows().get(0).staffId()).getBackground()).isEqualTo("Ward A, \"long stay\"");
  }

  @Test
  void aCommitteeMemberCannotReadAnotherInstitutionsStaffAndTheDenialIsAudited() {
    long north = seeds.institution(Seeds.code(), "North with staff");
    long south = seeds.institution(Seeds.code(), "South");
    signInAs(seeds.user(Role.COMMITTEE, Set.of(north)));
    StaffMember nurse = roster.add(north, new StaffMember("Ivana Novak", StaffRole.NURSE, 18, new BigDecimal("1.0"), ContractType.PERMANENT, null));
    String outsider = seeds.user(Role.COMMITTEE, Set.of(south));
    signInAs(outsider);

    assertThatThrownBy(() -> roster.members(north, null)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> roster.member(nurse.getId())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> staffTrainings.trainings(nurse.getId())).isInstanceOf(AccessDeniedException.class);

    assertThat(audit.ofRecord("StaffMember", nurse.getId())).extracting(AuditRows.Row::actor, AuditRows.Row::action)
        .contains(tuple(outsider, "DENIED"));
    assertThat(audit.byActor(outsider)).filteredOn(r -> r.action().equals("DENIED")).hasSize(3);
  }

  @Test
  void planningAFirstCourseStartsTrainingAndAFutureCompletionIsRefused() {
    long id = seeds.institution(Seeds.code(), "Home in training");
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    StaffMember nurse = roster.add(id, new StaffMember("Ivana Novak", StaffRole.NURSE, 18, new BigDecimal("0.5"), ContractType.PERMANENT, null));

    StaffTraining planned = staffTrainings.record(nurse.getId(),
        new StaffTraining(TrainingCourse.ofCode("RECOVERY"), TrainingStatus.PLANNED, LocalDate.now().plusDays(10), null));
    StaffTraining ahead = new StaffTraining(null, TrainingStatus.COMPLETED, null, LocalDate.now().plusDays(1));
    ahead.setVersion(planned.getVersion());

    assertThat(roster.member(nurse.getId()).getStatus()).isEqualTo(RedeploymentStatus.IN_TRAINING);
    assertThatThrownBy(() -> staffTrainings.update(nurse.getId(), planned.getId(), ahead)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).extracting(FieldError::field).containsExactly("completedOn"));
    assertThat(staffTrainings.trainings(nurse.getId())).extracting(StaffTraining::getStatus).containsExactly(TrainingStatus.PLANNED);
    assertThat(roster.figures(id).training()).filteredOn(c -> c.course().getCode().equals("RECOVERY"))
        .extracting(StaffFigures.CourseCoverage::stillNeeded).containsExactly(1L);
  }

  @Test
  void twoAcceptancesOfTheLastOpeningAtOnceLeaveExactlyOneWinner() throws Exception {
    long id = seeds.institution(Seeds.code(), "Home with two applicants");
    signInAsAdministrator();
    CommunityPosition position = communityPositions.add(
        new CommunityPosition("Outreach team " + Seeds.code(), ServiceKind.OUTREACH, StaffRole.NURSE, "North", 1, LocalDate.now()));
    signInAs(seeds.user(Role.COMMITTEE, Set.of(id)));
    List<StaffApplication> applications = new ArrayList<>();
    for (String name : List.of("Ivana Novak", "Ana Petrovic")) {
      StaffMember nurse = roster.add(id, new StaffMember(name, StaffRole.NURSE, 10, new BigDecimal("1.0"), ContractType.PERMANENT, "North"));
      applications.add(redeployment.apply(nurse.getId(), position.getId(), new StaffApplication(LocalDate.now(), null)));
    }

    CyclicBarrier start = new CyclicBarrier(applications.size());
    List<Future<Long>> race = new ArrayList<>();
    for (StaffApplication application : applications) {
      race.add(acceptances.appraiseWhenAllAreReady(start, application.getStaffMember().getId(), application.getId(), acceptance(application)));
    }
    List<Long> winners = new ArrayList<>();
    List<Throwable> losers = new ArrayList<>();
    for (Future<Long> run : race) {
      try {
        winners.add(run.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        losers.add(e.getCause());
      }
    }

    assertThat(winners).hasSize(1);
    assertThat(losers).singleElement().isInstanceOf(RuleViolationException.class)
        .satisfies(e -> assertThat(((RuleViolationException) e).key()).isEqualTo("staff.application.noOpening"));
    assertThat(strings("select filled || '/' || openings from community_position where id = " + position.getId())).containsExactly("1/1");
    assertThat(strings("select count(*) from staff_application where decision is not null and position_id = " + position.getId()))
        .containsExactly("1");
    assertThat(strings("select s.status from staff_member s where s.institution_id = " + id + " order by s.status"))
        .containsExactly("APPLIED", "REDEPLOYED");
  }

  private static StaffApplication acceptance(StaffApplication application) {
    StaffApplication appraisal = new StaffApplication();
    appraisal.setVersion(application.getVersion());
    appraisal.setWorkRecord("Ten years on the wards.");
    appraisal.setWillingToTrain(true);
    appraisal.setCommitment(Commitment.STRONG);
    appraisal.setDecision(ApplicationDecision.ACCEPTED);
    appraisal.setDecidedOn(LocalDate.now());
    return appraisal;
  }

  // --- rights now --------------------------------------------------------------------------------

  private static CoercionFacts seclusion(LocalDateTime start, int minutes) {
    return new CoercionFacts(CoercionCategory.SECLUSION, null, start, start.plusMinutes(minutes), "Dr Petrova", "Shouting at night", false);
  }

  @Test
  void aCorrectionKeepsTheOriginalRowWithWhoAndWhyAndTheEventCannotBeDeletedThroughTheRates() throws SQLException {
    long id = seeds.institution(Seeds.code(), "Home with a ward book");
    String committee = seeds.user(Role.COMMITTEE, Set.of(id));
    signInAs(committee);
    LocalDateTime start = LocalDate.now().minusDays(3).atTime(23, 0);
    CoerciveEvent event = coercion.record(id, seclusion(start, 90), null, null);
    CoercionFacts corrected = seclusion(start, 30);
    corrected.setDeEscalationTried(true);
    corrected.setDeEscalation("Sat with her and talked");

    coercion.correct(event.getId(), event.getVersion(), corrected, null, null, "The ward book says 23:30");

    assertThat(strings("select ended_at::text || '|' || de_escalation_tried || '|' || why || '|' || corrected_by"
        + " from coercive_event_correction where event_id = " + event.getId()))
        .containsExactly(start.plusMinutes(90).toLocalDate() + " " + start.plusMinutes(90).toLocalTime() + ":00|false|The ward book says 23:30|" + committee);
    assertThat(coercion.event(event.getId()).getFacts().getDurationMinutes()).isEqualTo(30);
    assertThat(strings("select count(*) from coercive_event where institution_id = " + id)).containsExactly("1");
    assertThatThrownBy(() -> coercion.correct(event.getId(), event.getVersion(), seclusion(start, 10), null, null, "stale"))
        .isInstanceOf(StaleRecordException.class);
    assertThatThrownBy(() -> coercion.correct(event.getId(), event.getVersion() + 1, seclusion(start, 10), null, null, " "))
        .isInstanceOf(InvalidInputException.class);
    assertThat(strings("select count(*) from coercive_event_correction where event_id = " + event.getId())).containsExactly("1");
    assertThat(audit.ofRecord("CoercionCorrection", Long.parseLong(strings("select id from coercive_event_correction where event_id = "
        + event.getId()).get(0)))).extracting(AuditRows.Row::action).contains("CREATE");
  }

  @Test
  void anotherInstitutionsCommitteeCannotReadOrCorrectItsEventsAndTheMinistryGetsRatesOnly() {
    long north = seeds.institution(Seeds.code(), "North with a ward book");
    long south = seeds.institution(Seeds.code(), "South");
    signInAs(seeds.user(Role.FOCAL_POINT, Set.of(north)));
    CoerciveEvent event = coercion.record(north, seclusion(LocalDate.now().minusDays(1).atTime(10, 0), 60), null, null);
    String outsider = seeds.user(Role.COMMITTEE, Set.of(south));
    signInAs(outsider);

    assertThatThrownBy(() -> coercion.event(event.getId())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> coercion.events(north, YearMonth.now(), YearMonth.now())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> coercion.correct(event.getId(), event.getVersion(), seclusion(LocalDateTime.now().minusHours(5), 5), null,
        null, "not mine")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> coercion.figures(north, YearMonth.now(), YearMonth.now())).isInstanceOf(AccessDeniedException.class);
    assertThat(audit.byActor(outsider)).filteredOn(r -> r.action().equals("DENIED")).hasSize(4);

    signInAs(seeds.user(Role.MINISTRY, Set.of()));
    assertThatThrownBy(() -> coercion.events(north, YearMonth.now(), YearMonth.now())).isInstanceOf(AccessDeniedException.class);
    YearMonth month = YearMonth.from(LocalDate.now().minusDays(1));
    CoercionFigures figures = coercion.figures(north, month, month);
    assertThat(figures.suppressed()).isTrue();
    assertThat(figures.months().get(0).events().get(CoercionKind.SECLUSION)).isNull();
    assertThat(figures.months().get(0).total()).isNull();
    assertThat(figures.months().get(0).events().get(CoercionKind.FORCED_MEDICATION)).isZero();
  }

  @Test
  void anEventNamingAPersonIsForThoseWhoMaySeeThePersonsRecord() {
    long id = seeds.institution(Seeds.code(), "Home with named events");
    String mine = seeds.user(Role.FOCAL_POINT, Set.of(id));
    String other = seeds.user(Role.FOCAL_POINT, Set.of(id));
    long person = accompaniedBy(id, mine);
    LocalDateTime start = LocalDate.now().minusDays(1).atTime(10, 0);
    YearMonth month = YearMonth.from(start);
    CoerciveEvent named = coercion.record(id, seclusion(start, 60), null, person);
    CoerciveEvent unnamed = coercion.record(id, seclusion(start.plusHours(2), 30), null, null);

    signInAs(mine);
    assertThat(coercion.event(named.getId()).getId()).isEqualTo(named.getId());
    assertThat(coercion.events(id, month, month)).extracting(CoerciveEvent::getId).contains(named.getId(), unnamed.getId());
    assertThat(coercion.residentsNow(id)).extracting(Resident::getId).containsExactly(person);

    signInAs(other);
    assertThatThrownBy(() -> coercion.event(named.getId())).isInstanceOf(AccessDeniedException.class);
    assertThat(coercion.events(id, month, month)).extracting(CoerciveEvent::getId).contains(unnamed.getId()).doesNotContain(named.getId());
    assertThat(coercion.residentsNow(id)).isEmpty();
    assertThatThrownBy(() -> coercion.record(id, seclusion(start.plusHours(4), 10), null, person)).isInstanceOf(InvalidInputException.class);
    assertThat(audit.byActor(other)).extracting(AuditRows.Row::action).contains("DENIED");
  }

  // --- helpers -----------------------------------------------------------------------------------

  /** Signs in through Homeward's authentication mechanism for the rest of this test's request. */
  // --- budget ---------------------------------------------------------------------------------------

  private static BudgetLine line(BudgetCategory category, FundingSource source, boolean ringFenced, String amount) {
    return new BudgetLine(2027, category, source, ringFenced, "EUR", new BigDecimal(amount), null);
  }

  @Test
  void ringFencingRefusesDiAndRingFencedMoneyOnInstitutionalCapitalAndKeepsLandProceedsForCommunityServices() {
    long home = seeds.institution(Seeds.code(), "Budget home");
    signInAs(seeds.user(Role.FINANCE, Set.of(home)));

    assertThatThrownBy(() -> budgets.addLine(home, line(BudgetCategory.INSTITUTION_CAPITAL, FundingSource.EU_OR_DONOR, false, "500000")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors())
            .containsExactly(new FieldError("fundingSource", "{budget.line.diFundsOnCapital}")));
    assertThatThrownBy(() -> budgets.addLine(home, line(BudgetCategory.INSTITUTION_CAPITAL, FundingSource.HEALTH_MINISTRY, true, "500000")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactly("ringFenced"));
    assertThatThrownBy(() -> budgets.addLine(home, line(BudgetCategory.INSTITUTION_RUNNING, FundingSource.REPURPOSED_PROPERTY, false, "1")))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("category", "ringFenced"));
    assertThatThrownBy(() -> budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.OTHER, false, "-5")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactly("plannedAmount"));
    assertThat(budgets.lines(home)).isEmpty();

    budgets.addLine(home, line(BudgetCategory.INSTITUTION_CAPITAL, FundingSource.HEALTH_MINISTRY, false, "200000"));
    budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.REPURPOSED_PROPERTY, true, "300000"));
    assertThat(budgets.lines(home)).hasSize(2);
  }

  @Test
  void aReallocationMovesMoneyFromAnInstitutionLineToACommunityLineAndRaisesTheCommunityShare() {
    long home = seeds.institution(Seeds.code(), "Reallocating home");
    String finance = seeds.user(Role.FINANCE, Set.of(home));
    signInAs(finance);
    BudgetLine running = budgets.addLine(home, line(BudgetCategory.INSTITUTION_RUNNING, FundingSource.SOCIAL_MINISTRY, false, "800000"));
    BudgetLine community = budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.SOCIAL_MINISTRY, false, "200000"));
    budgets.addActual(home, running.getId(), new ActualSpend(LocalDate.of(2027, 3, 31), new BigDecimal("150000"), "First quarter"));
    budgets.addActual(home, community.getId(), new ActualSpend(LocalDate.of(2027, 3, 31), new BigDecimal("50000"), null));
    assertThat(budgets.figures(home).years().get(0).communityShareOfBudget()).isEqualByComparingTo("20.0");

    budgets.reallocate(home, running.getId(), community.getId(), new Reallocation(null, null, LocalDate.of(2027, 7, 1),
        new BigDecimal("300000"), "Ward B closed in June", "Deputy minister", LocalDate.of(2027, 6, 20)));

    BudgetFigures figures = budgets.figures(home);
    assertThat(figures.lines()).extracting(l -> l.budget().toPlainString()).containsExactly("500000.00", "500000.00");
    assertThat(figures.years()).singleElement().satisfies(y -> {
      assertThat(y.communityShareOfBudget()).isEqualByComparingTo("50.0");
      assertThat(y.communityShareOfActual()).isEqualByComparingTo("25.0");
    });
    assertThat(budgets.reallocations(home)).singleElement().satisfies(r -> assertThat(r.getReason()).isEqualTo("Ward B closed in June"));
    assertThat(audit.ofRecord("Reallocation", budgets.reallocations(home).get(0).getId())).extracting(AuditRows.Row::action).contains("CREATE");
  }

  @Test
  void aReallocationTheWrongWayOrOfMoreThanTheLineHoldsIsRefusedAndMovesNothing() {
    long home = seeds.institution(Seeds.code(), "Refusing home");
    signInAs(seeds.user(Role.FINANCE, Set.of(home)));
    BudgetLine running = budgets.addLine(home, line(BudgetCategory.INSTITUTION_RUNNING, FundingSource.SOCIAL_MINISTRY, false, "100000"));
    BudgetLine community = budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.SOCIAL_MINISTRY, false, "100000"));
    LocalDate day = LocalDate.of(2027, 7, 1);

    assertThatThrownBy(() -> budgets.reallocate(home, community.getId(), running.getId(),
        new Reallocation(null, null, day, BigDecimal.TEN, "Back to the ward", "Director", day)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("fromLineId", "toLineId"));
    assertThatThrownBy(() -> budgets.reallocate(home, running.getId(), community.getId(),
        new Reallocation(null, null, day, new BigDecimal("100000.01"), "Everything and more", "Director", day.plusDays(1))))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("amount", "approvedOn"));
    assertThatThrownBy(() -> budgets.reallocate(home, running.getId(), null, new Reallocation(null, null, day, BigDecimal.ONE, "", "x", day)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
            .contains("toLineId", "reason"));
    assertThat(budgets.reallocations(home)).isEmpty();
    assertThat(budgets.figures(home).lines()).extracting(l -> l.budget().toPlainString()).containsExactly("100000.00", "100000.00");
  }

  @Test
  void theCommitteeReadsItsInstitutionsBudgetButDoesNotEditItAndAnotherInstitutionsIsDenied() {
    long home = seeds.institution(Seeds.code(), "Read-only budget home");
    long other = seeds.institution(Seeds.code(), "Other budget home");
    signInAsAdministrator();
    budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.REGIONAL, false, "1000"));
    signInAs(seeds.user(Role.COMMITTEE, Set.of(home)));

    assertThat(budgets.lines(home)).hasSize(1);
    assertThatThrownBy(() -> budgets.addLine(home, line(BudgetCategory.COMMUNITY_SERVICES, FundingSource.REGIONAL, false, "1")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> budgets.lines(other)).isInstanceOf(AccessDeniedException.class);
    signInAs(seeds.user(Role.MINISTRY, Set.of()));
    assertThat(budgets.figures(home).years()).hasSize(1);
  }

  private TransitionModel smallModel() {
    TransitionModel model = new TransitionModel();
    model.setCurrency("EUR");
    model.setStartOn(LocalDate.of(2091, 1, 1));
    model.setMonths(24);
    model.setResidents(30);
    model.setFixedMonthlyCost(new BigDecimal("60000"));
    model.setCostPerResidentMonth(new BigDecimal("1000"));
    model.setSetUpCostPerPlace(new BigDecimal("4000"));
    model.setCommunityCostLow(new BigDecimal("1000"));
    model.setCommunityCostModerate(new BigDecimal("1800"));
    model.setCommunityCostHigh(new BigDecimal("3000"));
    model.setStaffToTrain(0);
    model.setTrainingCostPerStaff(BigDecimal.ZERO);
    model.setAnnualInflationPercent(BigDecimal.ZERO);
    model.setPlannedMovesPerMonth(5);
    model.setPlannedMovesFrom(LocalDate.of(2091, 2, 1));
    return model;
  }

  @Test
  void theBudgetSummaryGivesACommitteeOnlyItsOwnInstitutionsAndTheMinistryTheNationalLinesToo() {
    long mine = seeds.institution(Seeds.code(), "Summarised home");
    long other = seeds.institution(Seeds.code(), "Someone else's summarised home");
    signInAs(seeds.user(Role.FINANCE, Set.of(mine, other)));
    budgets.addLine(mine, new BudgetLine(2091, BudgetCategory.INSTITUTION_RUNNING, FundingSource.SOCIAL_MINISTRY, false, "EUR",
        new BigDecimal("600000"), null));
    BudgetLine community = budgets.addLine(mine, new BudgetLine(2091, BudgetCategory.COMMUNITY_SERVICES, FundingSource.SOCIAL_MINISTRY, false,
        "EUR", new BigDecimal("200000"), null));
    budgets.addActual(mine, community.getId(), new ActualSpend(LocalDate.of(2091, 3, 31), new BigDecimal("50000"), null));
    budgets.addLine(other, new BudgetLine(2091, BudgetCategory.COMMUNITY_SERVICES, FundingSource.REGIONAL, false, "EUR",
        new BigDecimal("999999"), null));
    BudgetLine nationalLine = nationalBudgets.addLine(new BudgetLine(2091, BudgetCategory.COMMUNITY_SERVICES, FundingSource.EU_OR_DONOR, true,
        "EUR", new BigDecimal("1000000"), "National test line"));
    assertThat(audit.ofRecord("BudgetLine", nationalLine.getId())).extracting(AuditRows.Row::action).contains("CREATE");
    transitionCosts.save(mine, smallModel());
    Projection own = transitionCosts.projection(mine);
    assertThat(own.doubleFunding().total()).isPositive();

    String committee = seeds.user(Role.COMMITTEE, Set.of(mine));
    signInAs(committee);
    BudgetSummary summary = summaries.summary(null);

    assertThat(summary.nationalLinesIncluded()).isFalse();
    assertThat(summary.years()).filteredOn(y -> y.year() == 2091).singleElement().satisfies(y -> {
      assertThat(y.budget()).isEqualByComparingTo("800000");
      assertThat(y.actual()).isEqualByComparingTo("50000");
      assertThat(y.communityShareOfBudget()).isEqualByComparingTo("25.0");
      assertThat(y.communityShareOfActual()).isEqualByComparingTo("100.0");
    });
    assertThat(summary.institutionsModelled()).isEqualTo(1);
    assertThat(summary.institutionsWithoutModel()).isZero();
    assertThat(summary.projectionCurrency()).isEqualTo("EUR");
    assertThat(summary.doubleFundingTotal()).isEqualByComparingTo(own.doubleFunding().total());
    assertThat(summary.doubleFundingPeak()).isEqualByComparingTo(own.doubleFunding().peak());
    assertThat(summary.doubleFundingPeakMonth()).isEqualTo(own.doubleFunding().peakMonth());
    assertThat(summary.doubleFundingFirst()).isEqualTo(YearMonth.of(2091, 2));
    assertThat(summary.doubleFundingEnd()).isEqualTo(own.doubleFunding().end());
    assertThat(summaries.summary("Seeded").doubleFundingTotal()).isEqualByComparingTo(own.doubleFunding().total());
    assertThatThrownBy(() -> summaries.summary("Nowhere")).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> nationalBudgets.lines()).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> nationalBudgets.projection(null)).isInstanceOf(AccessDeniedException.class);
    assertThat(audit.byActor(committee)).extracting(AuditRows.Row::action).contains("DENIED");

    signInAs(seeds.user(Role.MINISTRY, Set.of()));
    BudgetSummary national = summaries.summary(null);
    assertThat(national.nationalLinesIncluded()).isTrue();
    assertThat(national.years()).filteredOn(y -> y.year() == 2091).singleElement()
        .satisfies(y -> assertThat(y.budget()).isGreaterThanOrEqualTo(new BigDecimal("2799999")));
    assertThat(national.doubleFundingTotal()).isGreaterThanOrEqualTo(own.doubleFunding().total());
    assertThat(national.institutionsWithoutModel()).isPositive();
    assertThat(nationalBudgets.projection("Seeded").institutions()).filteredOn(i -> i.id() == other).singleElement()
        .satisfies(i -> assertThat(i.status()).isEqualTo(NationalProjection.Status.NO_MODEL));
    assertThatThrownBy(() -> nationalBudgets.addLine(new BudgetLine(2091, BudgetCategory.COMMUNITY_SERVICES, FundingSource.REGIONAL, false,
        "EUR", BigDecimal.ONE, null))).isInstanceOf(AccessDeniedException.class);
  }

  private void signInAs(String username) {
    RunnerExchange.Exchange http = RunnerExchange.current();
    AuthenticationStatus status = security.authenticate(http.request(), http.response(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(username, new Password(administratorPassword())))
            .newAuthentication(true));
    assertThat(status).as("signing in as %s", username).isEqualTo(AuthenticationStatus.SUCCESS);
  }

  private void signInAsAdministrator() {
    signInAs(ADMIN);
  }

  /** The first administrator's password: a system property of this Payara Micro, made per run. */
  private static String administratorPassword() {
    return ConfigProvider.getConfig().getValue("homeward.admin.password", String.class);
  }

  private static Resident person() {
    Resident person = new Resident(Seeds.code(), "Ana", "Kovac", LocalDate.of(1970, 1, 1), Sex.FEMALE, LocalDate.of(2001, 1, 1));
    person.setIdentifier(Seeds.code());
    return person;
  }

  /** A person admitted to {@code institutionId} whose focal point, whom they chose, is {@code worker}; signs in as the institution's committee. */
  private long accompaniedBy(long institutionId, String worker) {
    signInAs(seeds.user(Role.COMMITTEE, Set.of(institutionId)));
    Resident admitted = residents.admit(institutionId, person(), null);
    residents.assignFocalPoint(admitted.getId(), admitted.getVersion(), userId(worker), Consent.CHOSE, LocalDate.now(), null);
    return admitted.getId();
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private long userId(String username) {
    try {
      return Long.parseLong(strings("select id from user_account where username = '" + username + "'").get(0));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Institution draft(String code, String name) {
    Institution draft = new Institution(code, name, InstitutionType.SOCIAL_CARE_HOME, Ownership.PUBLIC, "Test", 40, 30);
    draft.setDistrict("Testdistrict");
    return draft;
  }

  private static boolean isNullOrAbsent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- monitoring indicators ---------------------------------------------------------------------

  @Inject IndicatorRepository indicatorCounts;

  /**
   * Six people of one institution, counted on 30 June 2026 for the second quarter: Ann inside with an
   * agreed plan (inclusion, complaints access) and an advance directive; Ben moved to supported
   * housing on 10 May and readmitted on 1 June; Cleo, 23, moved to her own home on 15 April and
   * settled, with a supporter; Dan died in March; Eve admitted after the day; Fay inside under
   * guardianship, her plan agreed only in July.
   */
  @Test
  void eachIndicatorCountsWhomItsDefinitionSays() {
    String region = "IT-" + Seeds.code();
    long home = seeds.institution(Seeds.code(), "Indicator home");
    seeds.insert("update institution set region = ? where id = ? returning id", region, home);
    long ann = seeds.resident(home, "FEMALE", LocalDate.of(1960, 5, 1), LocalDate.of(2020, 1, 1), "FULL");
    long ben = seeds.resident(home, "MALE", LocalDate.of(1990, 5, 1), LocalDate.of(2020, 1, 1), "FULL", "MOVED@2026-05-10", "READMITTED@2026-06-01");
    long cleo = seeds.resident(home, "FEMALE", LocalDate.of(2003, 1, 1), LocalDate.of(2021, 1, 1), "FULL", "MOVED@2026-04-15", "SETTLED@2026-06-15");
    seeds.resident(home, "MALE", LocalDate.of(1950, 5, 1), LocalDate.of(2010, 1, 1), "FULL", "DIED@2026-03-01");
    seeds.resident(home, "FEMALE", LocalDate.of(1970, 5, 1), LocalDate.of(2026, 7, 15), "FULL");
    long fay = seeds.resident(home, "FEMALE", LocalDate.of(1980, 5, 1), LocalDate.of(2020, 1, 1), "FULLY_RESTRICTED");
    seeds.insert("update resident set advance_directive_on = '2026-02-01' where id = ? returning id", ann);
    agreedPlan(ann, "2026-03-01", true, false, true);
    agreedPlan(ben, "2026-04-01", false, true, false);
    agreedPlan(fay, "2026-07-01", true, true, true);
    placement(ben, "SUPPORTED_HOUSING");
    placement(cleo, "INDEPENDENT_LIVING");
    seeds.insert("insert into supporter (resident_id, name, relationship, chosen_on) values (?, 'Mia', 'Friend', '2026-01-01') returning id", cleo);

    LocalDate day = LocalDate.of(2026, 6, 30);
    LocalDate from = LocalDate.of(2026, 4, 1);
    Map<String, long[]> expected = new LinkedHashMap<>();
    expected.put("AGREED_PLAN", new long[] {2, 4});
    expected.put("ADVANCE_DIRECTIVE", new long[] {1, 4});
    expected.put("PLAN_COMMUNITY_INCLUSION", new long[] {1, 2});
    expected.put("PEER_SUPPORT_OFFERED", new long[] {1, 4});
    expected.put("COMPLAINTS_ACCESS", new long[] {1, 4});
    expected.put("SUPPORTED_DECISION_MAKING", new long[] {1, 4});
    expected.put("SUBSTITUTE_DECISION_MAKING", new long[] {1, 4});
    expected.put("MOVED_TO_OWN_HOME", new long[] {1, 2});
    expected.put("MOVED_TO_SUPPORTED_HOUSING", new long[] {1, 2});
    expected.put("MOVED_TO_SHARED_HOUSING", new long[] {0, 2});
    expected.put("MOVED_TO_GROUP_OR_OTHER", new long[] {0, 2});
    expected.put("READMITTED_WITHIN_30_DAYS", new long[] {1, 2});
    expected.put("READMITTED_WITHIN_365_DAYS", new long[] {1, 2});
    expected.forEach((indicator, counts) -> {
      long hits = 0;
      long people = 0;
      for (Object[] row : indicatorCounts.residents(indicator, day, from, false, region, null)) {
        hits += ((Number) row[4]).longValue();
        people += ((Number) row[5]).longValue();
      }
      assertThat(new long[] {hits, people}).as(indicator).containsExactly(counts);
    });

    Map<String, long[]> bySex = new HashMap<>();
    for (Object[] row : indicatorCounts.residents("AGREED_PLAN", day, from, false, region, null)) {
      bySex.merge((String) row[1], new long[] {((Number) row[4]).longValue(), ((Number) row[5]).longValue()},
          (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      if (((String) row[2]).equals("UNDER_25")) {
        assertThat(((Number) row[5]).longValue()).as("Cleo is the one under 25").isEqualTo(1);
      }
    }
    assertThat(bySex.get("FEMALE")).containsExactly(1, 3);
    assertThat(bySex.get("MALE")).containsExactly(1, 1);

    long today = 0;
    for (Object[] row : indicatorCounts.residents("AGREED_PLAN", LocalDate.now(), LocalDate.now().withDayOfMonth(1), true, region, null)) {
      today += ((Number) row[5]).longValue();
    }
    assertThat(today).as("today from the records: Ann, Ben, Cleo, Fay and Eve, admitted since").isEqualTo(5);
  }

  private void agreedPlan(long resident, String agreedOn, boolean inclusion, boolean peerSupport, boolean complaints) {
    seeds.insert("""
        insert into support_plan_revision (resident_id, number, status, participation_how, participation_support, participation_on, agreed_on,
          started_by, started_at, addresses_inclusion, peer_support_offered, complaints_access)
        values (?, 1, 'AGREED', 'Talked it through', 'Easy Read', cast(? as date), cast(? as date), 'seeds', now(), ?, ?, ?) returning id""",
        resident, agreedOn, agreedOn, inclusion, peerSupport, complaints);
  }

  private void placement(long resident, String arrangement) {
    seeds.insert("""
        insert into placement (resident_id, arrangement, address, tenancy_holder, unrelated_residents) values (?, ?, '1 Test Street', 'PERSON', 1)
        returning id""", resident, arrangement);
  }
}
