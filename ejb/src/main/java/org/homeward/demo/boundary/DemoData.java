package org.homeward.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.assessment.entity.AssessmentFramework;
import org.homeward.assessment.entity.DomainAssessment;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetCategory;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.CostScenario;
import org.homeward.budget.entity.FundingSource;
import org.homeward.budget.entity.Reallocation;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.budget.entity.UnitStepCost;
import org.homeward.committee.entity.CommitteeMeeting;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.database.control.StartupLock;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.institution.entity.Unit;
import org.homeward.network.entity.Contact;
import org.homeward.network.entity.ContactProgress;
import org.homeward.network.entity.ContactWish;
import org.homeward.network.entity.LiveTogetherLink;
import org.homeward.network.entity.Relationship;
import org.homeward.placement.entity.Arrangement;
import org.homeward.placement.entity.LivingOption;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.ConsultationKind;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.MilestoneKind;
import org.homeward.plan.entity.Phase;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.PlannedUse;
import org.homeward.plan.entity.RepurposingSite;
import org.homeward.plan.entity.RightsIndicator;
import org.homeward.plan.entity.RightsPractice;
import org.homeward.plan.entity.SiteKind;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.DisabilityGroup;
import org.homeward.resident.entity.Readiness;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.Sex;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.AdmissionStatus;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionFacts;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.Complainant;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintCategory;
import org.homeward.rights.entity.ComplaintChannel;
import org.homeward.rights.entity.ComplaintStatus;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.Incident;
import org.homeward.rights.entity.IncidentKind;
import org.homeward.rights.entity.LegalStatusChange;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsScore;
import org.homeward.rights.entity.RestraintType;
import org.homeward.security.control.PasswordHasher;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.Commitment;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.ConcernCategory;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffDiscussion;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.StaffStatusChange;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.StatusCause;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;
import org.homeward.staff.entity.Willingness;

/**
 * With {@code homeward.demo=true} (the launcher's {@code --demo}), fills an empty registry with three
 * institutions in two regions, their units, and one user of each role (two focal point workers at
 * North's hospital, so that a case can be handed over), all with the demo password.
 * A database that already holds institutions is left as it is; nodes of a cluster starting together
 * load it once (the check and the load run under a lock shared through the database).
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  @Inject PasswordHasher hasher;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject StartupLock startupLock;

  @Inject
  @ConfigProperty(name = "homeward.demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "homeward.demo.password")
  String password;

  @PostConstruct
  void loadIfEmpty() {
    if (!enabled) {
      return;
    }
    startupLock.hold("demo-data");
    if (em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);

    Institution northHospital = institution("PH-N01", "North Regional Psychiatric Hospital",
        InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC, "North", "Riverside", "12 Hospital Road, Riverside",
        240, 198, InstitutionStatus.DOWNSIZING, today.minusMonths(8));
    northHospital.addUnit(new Unit("Ward A (long stay)", 60, today.plusMonths(6)));
    northHospital.addUnit(new Unit("Ward B (long stay)", 60, today.plusMonths(12)));
    northHospital.addUnit(new Unit("Ward C (acute)", 40, today.plusMonths(24)));
    northHospital.addUnit(new Unit("Ward D (psychogeriatric)", 80, today.plusMonths(18)));

    Institution northHome = institution("SC-N02", "Hillview Social Care Home",
        InstitutionType.SOCIAL_CARE_HOME, Ownership.PRIVATE_GOVERNMENT_CONTRACT, "North", "Hillview",
        "3 Orchard Lane, Hillview", 120, 112, InstitutionStatus.OPERATING, null);
    northHome.addUnit(new Unit("House 1", 40, today.plusMonths(10)));
    northHome.addUnit(new Unit("House 2", 40, today.plusMonths(16)));
    northHome.addUnit(new Unit("House 3", 40, today.plusMonths(22)));

    Institution southChildren = institution("CI-S01", "Southport Children's Home",
        InstitutionType.CHILDRENS_INSTITUTION, Ownership.NGO, "South", "Southport", "88 Harbour Street, Southport",
        60, 41, InstitutionStatus.DOWNSIZING, today.minusMonths(14));
    southChildren.addUnit(new Unit("Group 1", 30, today.plusMonths(4)));
    southChildren.addUnit(new Unit("Group 2", 30, today.plusMonths(9)));

    for (Institution i : new Institution[] {northHospital, northHome, southChildren}) {
      em.persist(i);
    }
    em.flush();

    closurePlans(northHospital, southChildren, today);

    user("ministry", "Maria Ministry (demo)", EnumSet.of(Role.MINISTRY), Set.of());
    UserAccount focal = user("focal.north", "Fatima Focal Point (demo)", EnumSet.of(Role.FOCAL_POINT), Set.of(northHospital.getId()));
    residents(northHospital, focal, today);
    network(today);
    assessment(today);
    staff(northHospital, today);
    rights(northHospital, today);
    transitionModel(northHome, today);
    budgetLines(northHome, today);
    nationalBudget(northHospital, today);
    user("focal.north2", "Goran Focal Point (demo)", EnumSet.of(Role.FOCAL_POINT), Set.of(northHospital.getId()));
    user("committee.north", "Colin Committee (demo)", EnumSet.of(Role.COMMITTEE), Set.of(northHospital.getId(), northHome.getId()));
    user("committee.south", "Sara South Committee (demo)", EnumSet.of(Role.COMMITTEE), Set.of(southChildren.getId()));
    user("finance", "Frank Finance (demo)", EnumSet.of(Role.FINANCE), Set.of(northHospital.getId(), northHome.getId(), southChildren.getId()));
    trail.record("system", AuditAction.CREATE, "DemoData", null, Map.of("institutions", 3, "users", 6, "residents", 6, "staff", 8));
    LOG.info("Demo data loaded: 3 institutions, 6 users (password from homeward.demo.password)");
  }

  /**
   * North's hospital has an approved plan that is slipping, a committee without a resident member,
   * and a review under way; Southport's plan is approved and on track. Hillview has no plan yet.
   */
  private void closurePlans(Institution northHospital, Institution southChildren, LocalDate today) {
    Instant approvedAt = clock.instant().minus(Duration.ofDays(240));
    ClosurePlan north = ClosurePlan.create(northHospital, today.plusMonths(30), "committee.north", approvedAt, today.minusMonths(8));
    PlanRevision first = north.current();
    first.addPhase(new Phase("Preparation and assessments", today.minusMonths(8), today.plusMonths(2), "Committee set up, needs assessments, first community places."));
    first.addPhase(new Phase("Moves in waves", today.plusMonths(2), today.plusMonths(26), "Ward by ward, people with complex support needs in the first wave."));
    first.addPhase(new Phase("Closure and repurposing", today.plusMonths(26), today.plusMonths(36), null));
    Milestone firstMoves = first.getMilestones().stream().filter(m -> m.getKind() == MilestoneKind.FIRST_RESIDENTS_MOVED).findFirst().orElseThrow();
    firstMoves.setPlannedOn(today.minusMonths(1));
    Milestone quarter = first.getMilestones().stream().filter(m -> m.getKind() == MilestoneKind.RESIDENTS_MOVED_25).findFirst().orElseThrow();
    quarter.setPlannedOn(today.plusDays(20));
    PlanAction training = new PlanAction("Train ward staff in the recovery approach and supported decision-making", ActionCategory.STAFF_TRAINING,
        "Head of nursing", today.minusMonths(6), today.plusMonths(3));
    training.setStatus(ActionStatus.IN_PROGRESS);
    first.addAction(training);
    PlanAction doors = new PlanAction("Open the doors of Wards A and B during the day", ActionCategory.RIGHTS_IN_PRACTICE,
        "Ward managers", today.minusMonths(7), today.minusMonths(5));
    doors.setRightsPractice(RightsPractice.OPEN_DOORS);
    doors.setStatus(ActionStatus.DONE);
    doors.setDoneOn(today.minusMonths(5));
    first.addAction(doors);
    PlanAction housing = new PlanAction("Secure 40 tenancies with the municipal housing company", ActionCategory.HOUSING,
        "Committee chair", today.minusMonths(4), today.plusDays(15));
    housing.setMilestone(quarter);
    first.addAction(housing);
    PlanAction meetings = new PlanAction("Hold community discussions in Riverside and Eastbrook", ActionCategory.COMMUNICATION,
        "Communication officer", today.minusMonths(3), today.plusMonths(2));
    first.addAction(meetings);
    first.updateFrom(first.getTargetClosureOn(), "First plan, agreed with staff, residents' representatives and the municipality.");
    north.approve(first, "committee.north", approvedAt);
    firstMoves.setForecastOn(today.plusMonths(2));
    em.persist(north);
    north.startReview("committee.north", clock.instant().minus(Duration.ofDays(3)));

    for (CommitteeMember member : List.of(
        new CommitteeMember("Dr Anna Berg", "North Regional Psychiatric Hospital", Constituency.STAFF_REPRESENTATIVE, "Chair", today.minusMonths(9), null),
        new CommitteeMember("Jonas Petrov", "Mental Health Users' Network", Constituency.DISABILITY_ORGANISATION, "Member", today.minusMonths(9), null),
        new CommitteeMember("Lea Novak", "Riverside Community Mental Health Centre", Constituency.COMMUNITY_SERVICE, "Member", today.minusMonths(9), null),
        new CommitteeMember("Prof. Ines Duarte", "University of the North", Constituency.EXTERNAL_EXPERT, "Adviser on planning and budgets", today.minusMonths(8), null))) {
      member.attachTo(northHospital);
      em.persist(member);
    }
    CommitteeMeeting meeting = new CommitteeMeeting(today.minusMonths(1), "Dr Anna Berg, Jonas Petrov, Lea Novak, Prof. Ines Duarte",
        "Reviewed progress of the first wave; first moves delayed because tenancies are not yet signed.",
        "Start a review of the plan; ask the municipality for 40 tenancies by next month.");
    meeting.attachTo(northHospital);
    em.persist(meeting);
    ConsultationEvent discussion = new ConsultationEvent(today.minusMonths(2), ConsultationKind.COMMUNITY_DISCUSSION,
        "Residents of Eastbrook", "Eastbrook community hall");
    discussion.setParticipants(45);
    discussion.setConcerns("Worries about safety and about property values.");
    discussion.setResponse("Peer supporters and the community team will hold open days; neighbours get a contact number.");
    discussion.attachTo(northHospital);
    em.persist(discussion);
    RepurposingSite main = new RepurposingSite("Main building", SiteKind.BUILDING, PlannedUse.GENERAL_HEALTH_CARE);
    main.setAreaM2(12000);
    main.attachTo(northHospital);
    em.persist(main);
    RepurposingSite park = new RepurposingSite("East grounds", SiteKind.LAND, PlannedUse.SALE);
    park.setProceeds(new java.math.BigDecimal("2400000.00"));
    park.setCurrency("EUR");
    park.attachTo(northHospital);
    em.persist(park);

    ClosurePlan south = ClosurePlan.create(southChildren, today.plusMonths(10), "committee.south", approvedAt, today);
    PlanRevision southFirst = south.current();
    southFirst.updateFrom(southFirst.getTargetClosureOn(), "First plan: every child to a family or family-like setting within a year.");
    south.approve(southFirst, "committee.south", approvedAt);
    em.persist(south);
  }

  private static Institution institution(String code, String name, InstitutionType type, Ownership ownership,
      String region, String district, String address, int beds, int residents, InstitutionStatus status,
      LocalDate admissionsStopped) {
    Institution institution = new Institution(code, name, type, ownership, region, beds, residents);
    institution.setDistrict(district);
    institution.setAddress(address);
    institution.setAdmissionsStoppedOn(admissionsStopped);
    institution.changeStatus(status);
    return institution;
  }

  private UserAccount user(String username, String displayName, Set<Role> roles, Set<Long> institutions) {
    var existing = em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username).getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    UserAccount account = new UserAccount(username, displayName, hasher.hash(password.toCharArray()), roles, clock.instant());
    account.setInstitutionIds(institutions);
    em.persist(account);
    return account;
  }

  private static final java.util.Map<String, DisabilityGroup> DEMO_DISABILITY = java.util.Map.of("NR-2026-0101", DisabilityGroup.PSYCHOSOCIAL,
      "NR-2026-0102", DisabilityGroup.INTELLECTUAL, "NR-2026-0103", DisabilityGroup.PSYCHOSOCIAL, "NR-2026-0104", DisabilityGroup.MULTIPLE,
      "NR-2026-0105", DisabilityGroup.PSYCHOSOCIAL);

  /** Six residents of North's hospital; Fatima accompanies three, one of whom has complex support needs. */
  private void residents(Institution hospital, UserAccount focal, LocalDate today) {
    Instant now = clock.instant();
    Object[][] people = {
      {"NR-2026-0101", "Ana", "Kovac", LocalDate.of(1968, 4, 12), Sex.FEMALE, LocalDate.of(1999, 9, 1), false, Consent.CHOSE},
      {"NR-2026-0102", "Milan", "Petrovic", LocalDate.of(1975, 11, 3), Sex.MALE, LocalDate.of(2008, 2, 14), true, Consent.AGREED},
      {"NR-2026-0103", "Ivana", "Horvat", LocalDate.of(1982, 6, 30), Sex.FEMALE, LocalDate.of(2015, 5, 20), false, Consent.CHOSE},
      {"NR-2026-0104", "Josip", "Babic", LocalDate.of(1959, 1, 22), Sex.MALE, LocalDate.of(1988, 7, 7), true, null},
      {"NR-2026-0105", "Marija", "Novak", LocalDate.of(1990, 3, 15), Sex.FEMALE, LocalDate.of(2019, 10, 1), false, null},
      {"NR-2026-0106", "Luka", "Juric", LocalDate.of(1971, 8, 8), Sex.MALE, today.minusMonths(2), false, null},
    };
    for (Object[] p : people) {
      Resident resident = new Resident((String) p[0], (String) p[1], (String) p[2], (LocalDate) p[3], (Sex) p[4], (LocalDate) p[5]);
      resident.setComplexSupportNeeds((Boolean) p[6]);
      resident.setLanguages("Croatian");
      resident.setDisabilityGroup(DEMO_DISABILITY.getOrDefault((String) p[0], DisabilityGroup.NOT_RECORDED));
      if (resident.admittedAfterStop(hospital)) {
        resident.setAdmittedAfterStopReason("Transferred by court order from a closing prison ward; the committee objected in writing.");
      }
      resident.admitTo(hospital, hospital.getUnits().get(0), "system", now);
      if (p[7] != null) {
        resident.assignFocalPoint(focal, (Consent) p[7], today.minusMonths(3), null, "committee.north", now);
        resident.changeStatus(ResidentStatus.PREPARING, today.minusMonths(1), null, new Readiness(false, true, false, false), false,
            "focal.north", now, today);
      }
      em.persist(resident);
    }
  }

  /**
   * Ivana and Ana want to share a flat; Ana has chosen one and Ivana not yet, so the pair is flagged.
   * Ivana's sister wants more contact; Ana wants none with her father.
   */
  private void network(LocalDate today) {
    Resident ana = resident("NR-2026-0101");
    Resident ivana = resident("NR-2026-0103");
    LiveTogetherLink friends = new LiveTogetherLink(today.minusMonths(2), "We have been friends for ten years. We want a flat together.");
    friends.link(ivana, ana);
    em.persist(friends);
    LivingOption flat = new LivingOption(Arrangement.SHARED_HOUSING, "Two-bedroom flat, 5 Lipa Street, Riverside", "A room each and a kitchen to share.");
    flat.attachTo(ana);
    flat.choose(true);
    em.persist(flat);

    Contact sister = new Contact("Marta Horvat", Relationship.FAMILY_MEMBER, ContactWish.WANTS_MORE_CONTACT, ContactProgress.FIRST_CONTACT_MADE);
    sister.setFamilySupport("Travel costs for a monthly visit; Marta asked for information about the move.");
    sister.attachTo(ivana);
    em.persist(sister);
    Contact father = new Contact("Ante Kovac", Relationship.FAMILY_MEMBER, ContactWish.NO_CONTACT, ContactProgress.NOT_STARTED);
    father.setNotes("Ana asked that he is not told where she will live.");
    father.attachTo(ana);
    em.persist(father);
  }

  /** Ana's needs assessment with the WHO domains: she sees an unmet need for a home of her own that staff do not. */
  private void assessment(LocalDate today) {
    NeedsAssessment assessment = NeedsAssessment.blank(em.find(AssessmentFramework.class, "WHO"), today.minusMonths(2),
        "Fatima Focal Point (demo)");
    assessment.setHowPersonTookPart("Two conversations in the garden, with her friend Ivana; Easy Read cards.");
    int[][] ratings = {{1, 1, 1}, {2, 1, 1}, {3, 0, 1}, {4, 2, 2}, {5, 2, 0}, {6, 2, 2}, {7, 2, 1}, {8, 1, 1}, {9, 2, 2}};
    for (int[] r : ratings) {
      DomainAssessment domain = assessment.domain(r[0]).orElseThrow();
      domain.setPersonNeed(r[1]);
      domain.setStaffNeed(r[2]);
    }
    assessment.domain(5).orElseThrow().setStrengths("Manages her pocket money; cooks for the ward on Sundays.");
    assessment.domain(5).orElseThrow().setSupportNeeded("A tenancy of her own and help with bills for the first months.");
    assessment.attachTo(resident("NR-2026-0101"));
    em.persist(assessment);
  }

  /** Eight of North's hospital staff: mixed roles, some willing, some worried about their jobs, some already in training. */
  private void staff(Institution hospital, LocalDate today) {
    Object[][] roster = {
        {"Ivana Novak", StaffRole.NURSE, "MENTAL_HEALTH_NURSE;REGISTERED_NURSE", 18, "1.0", ContractType.PERMANENT, Willingness.WILLING, "", null},
        {"Marko Horvat", StaffRole.PSYCHIATRIST, "MEDICAL_DOCTOR;PSYCHIATRY", 25, "1.0", ContractType.PERMANENT, Willingness.UNDECIDED,
            "Worried that community work means losing his post as head of ward.", ConcernCategory.JOB_SECURITY},
        {"Lejla Begic", StaffRole.PSYCHOLOGIST, "CLINICAL_PSYCHOLOGY", 7, "0.8", ContractType.PERMANENT, Willingness.WILLING, "", null},
        {"Petar Kovac", StaffRole.CARE_ASSISTANT, "CARE_CERTIFICATE", 22, "1.0", ContractType.PERMANENT, Willingness.NOT_WILLING,
            "Lives next to the hospital; community services would be in town. Fears lower pay.", ConcernCategory.LOCATION},
        {"Ana Jurić", StaffRole.SOCIAL_WORKER, "SOCIAL_WORK", 11, "1.0", ContractType.PERMANENT, Willingness.WILLING, "", null},
        {"Tomislav Babić", StaffRole.OCCUPATIONAL_THERAPIST, "OCCUPATIONAL_THERAPY", 4, "0.5", ContractType.PART_TIME, Willingness.UNDECIDED,
            "Unsure he has the skills for home visits.", ConcernCategory.SKILLS},
        {"Sanja Marić", StaffRole.ADMINISTRATIVE, "ADMINISTRATION", 15, "1.0", ContractType.PERMANENT, Willingness.UNDECIDED,
            "Wants to know whether her job will exist after closure.", ConcernCategory.JOB_SECURITY},
        {"Dario Knez", StaffRole.SUPPORT_SERVICES, "", 9, "1.0", ContractType.AGENCY, Willingness.NOT_WILLING, "", null}};
    Map<String, Qualification> qualifications = new HashMap<>();
    em.createQuery("select q from Qualification q", Qualification.class).getResultList().forEach(q -> qualifications.put(q.getCode(), q));
    List<StaffMember> members = new ArrayList<>();
    for (Object[] row : roster) {
      StaffMember member = new StaffMember((String) row[0], (StaffRole) row[1], (Integer) row[3], new BigDecimal((String) row[4]),
          (ContractType) row[5], "North");
      Arrays.stream(((String) row[2]).split(";")).filter(c -> !c.isEmpty()).forEach(c -> member.getQualifications().add(qualifications.get(c)));
      member.setWillingness((Willingness) row[6]);
      member.setConcerns(((String) row[7]).isEmpty() ? null : (String) row[7]);
      if (row[8] != null) {
        member.getConcernCategories().add((ConcernCategory) row[8]);
      }
      member.attachTo(hospital);
      em.persist(member);
      em.persist(new StaffStatusChange(member, member.getStatus(), StatusCause.ADDED, clock.instant(), "system"));
      members.add(member);
    }
    members.get(3).getConcernCategories().add(ConcernCategory.PAY);
    StaffDiscussion talk = new StaffDiscussion(today.minusWeeks(3),
        "Explained that every willing member of staff will be offered a post in the new community team; Marko asked about seniority.");
    talk.attachTo(members.get(1));
    em.persist(talk);
    training(members.get(0), "RECOVERY", TrainingStatus.COMPLETED, today.minusMonths(3), today.minusMonths(2));
    training(members.get(0), "LEGAL_CAPACITY", TrainingStatus.PLANNED, today.plusWeeks(4), null);
    training(members.get(2), "HUMAN_RIGHTS", TrainingStatus.PLANNED, today.plusWeeks(2), null);
    training(members.get(4), "INDEPENDENT_LIVING", TrainingStatus.COMPLETED, today.minusMonths(1), today.minusWeeks(2));
    for (StaffMember member : members.subList(0, 6)) {
      training(member, "NON_COERCIVE", TrainingStatus.NEEDED, null, null);
    }
    positionsAndApplications(members, today);
  }

  /**
   * Openings in community services around both regions, and three of North's staff on their way
   * into them: Ivana waiting for her appraisal, Lejla accepted once her human rights course is
   * done, Ana accepted into supported living.
   */
  private void positionsAndApplications(List<StaffMember> members, LocalDate today) {
    CommunityPosition outreach = position("North community outreach team", ServiceKind.OUTREACH, StaffRole.NURSE, "North", 3,
        today.plusMonths(2), List.of("REGISTERED_NURSE"), List.of("RECOVERY", "NON_COERCIVE"));
    CommunityPosition centre = position("North community mental health centre", ServiceKind.COMMUNITY_MENTAL_HEALTH_CENTRE,
        StaffRole.PSYCHOLOGIST, "North", 2, today.plusMonths(1), List.of("CLINICAL_PSYCHOLOGY"), List.of("HUMAN_RIGHTS"));
    CommunityPosition living = position("Supported living, Old Town flats", ServiceKind.SUPPORTED_LIVING, StaffRole.SOCIAL_WORKER, "North", 2,
        today.minusMonths(1), List.of("SOCIAL_WORK"), List.of("INDEPENDENT_LIVING"));
    position("South crisis team", ServiceKind.CRISIS_SERVICE, StaffRole.NURSE, "South", 2, today.plusMonths(3),
        List.of("MENTAL_HEALTH_NURSE"), List.of("NON_COERCIVE"));
    position("Peer support network", ServiceKind.PEER_SUPPORT, StaffRole.OTHER, "North", 4, today.plusMonths(2), List.of(), List.of("RECOVERY"));
    application(members.get(0), outreach, today.minusWeeks(1), null);
    StaffApplication lejla = application(members.get(2), centre, today.minusWeeks(3), ApplicationDecision.ACCEPTED_AFTER_TRAINING);
    lejla.setCommitmentNotes("Wants to work with people in their own homes; keen on the human rights course.");
    application(members.get(4), living, today.minusWeeks(6), ApplicationDecision.ACCEPTED);
    status(members.get(0), RedeploymentStatus.IN_TRAINING, StatusCause.TRAINING);
    status(members.get(0), RedeploymentStatus.APPLIED, StatusCause.APPLICATION);
    status(members.get(2), RedeploymentStatus.IN_TRAINING, StatusCause.TRAINING);
    status(members.get(2), RedeploymentStatus.APPLIED, StatusCause.APPLICATION);
    status(members.get(4), RedeploymentStatus.IN_TRAINING, StatusCause.TRAINING);
    status(members.get(4), RedeploymentStatus.APPLIED, StatusCause.APPLICATION);
    status(members.get(4), RedeploymentStatus.REDEPLOYED, StatusCause.DECISION);
  }

  private CommunityPosition position(String service, ServiceKind kind, StaffRole role, String region, int openings, LocalDate from,
      List<String> qualifications, List<String> courses) {
    CommunityPosition position = new CommunityPosition(service, kind, role, region, openings, from);
    qualifications.forEach(q -> position.getRequiredQualifications().add(em.find(Qualification.class, q)));
    courses.forEach(c -> position.getRequiredCourses().add(em.find(TrainingCourse.class, c)));
    em.persist(position);
    return position;
  }

  private StaffApplication application(StaffMember member, CommunityPosition position, LocalDate on, ApplicationDecision decision) {
    StaffApplication application = new StaffApplication(on, "Would like to keep working with the people she knows from the ward.");
    application.attach(member, position);
    if (decision != null) {
      StaffApplication appraisal = new StaffApplication();
      appraisal.setWorkRecord(member.getYearsOfService() + " years on the wards, good reports, no complaints.");
      appraisal.setWillingToTrain(true);
      appraisal.setCommitment(Commitment.STRONG);
      appraisal.setDecision(decision);
      appraisal.setDecidedOn(on.plusWeeks(1));
      application.appraise(appraisal, "committee.north");
      position.fillOne();
    }
    em.persist(application);
    return application;
  }

  private void status(StaffMember member, RedeploymentStatus status, StatusCause cause) {
    member.setStatus(status);
    em.persist(new StaffStatusChange(member, status, cause, clock.instant(), "system"));
  }

  private void training(StaffMember member, String course, TrainingStatus status, LocalDate planned, LocalDate completed) {
    StaffTraining training = new StaffTraining(em.find(TrainingCourse.class, course), status, planned, completed);
    training.attachTo(member);
    em.persist(training);
  }

  private Resident resident(String identifier) {
    return em.createQuery("select r from Resident r where r.identifier = :i", Resident.class).setParameter("i", identifier).getSingleResult();
  }

  /**
   * North's hospital writes its ward book into Homeward: coercion falling month by month since the
   * plan's rights actions began, one restraint corrected from the ward book, one person's own account,
   * and Milan's involuntary status ended.
   */
  private void rights(Institution hospital, LocalDate today) {
    Instant now = clock.instant();
    Unit wardA = hospital.getUnits().get(0);
    Unit wardB = hospital.getUnits().get(1);
    Resident milan = resident("NR-2026-0102");
    Resident josip = resident("NR-2026-0104");
    Object[][] book = {
      {6, 3, CoercionCategory.SECLUSION, null, 22, 180, wardB, josip},
      {6, 9, CoercionCategory.RESTRAINT, RestraintType.MECHANICAL, 23, 240, wardB, milan},
      {6, 14, CoercionCategory.RESTRAINT, RestraintType.PHYSICAL, 8, 15, wardA, null},
      {6, 20, CoercionCategory.FORCED_MEDICATION, null, 19, 0, wardB, milan},
      {6, 27, CoercionCategory.SECLUSION, null, 21, 300, wardB, josip},
      {5, 2, CoercionCategory.SECLUSION, null, 23, 150, wardB, josip},
      {5, 11, CoercionCategory.RESTRAINT, RestraintType.MECHANICAL, 22, 180, wardB, milan},
      {5, 19, CoercionCategory.RESTRAINT, RestraintType.CHEMICAL, 14, 60, wardA, null},
      {5, 25, CoercionCategory.FORCED_MEDICATION, null, 9, 0, wardB, null},
      {4, 6, CoercionCategory.SECLUSION, null, 20, 120, wardB, josip},
      {4, 15, CoercionCategory.RESTRAINT, RestraintType.PHYSICAL, 17, 20, wardB, milan},
      {4, 28, CoercionCategory.RESTRAINT, RestraintType.MECHANICAL, 23, 90, wardB, null},
      {3, 8, CoercionCategory.SECLUSION, null, 22, 90, wardB, josip},
      {3, 21, CoercionCategory.RESTRAINT, RestraintType.PHYSICAL, 11, 10, wardA, null},
      {2, 12, CoercionCategory.RESTRAINT, RestraintType.PHYSICAL, 16, 10, wardB, milan},
      {1, 4, CoercionCategory.SECLUSION, null, 21, 45, wardB, josip},
    };
    List<CoerciveEvent> events = new ArrayList<>();
    for (Object[] e : book) {
      LocalDate day = today.minusMonths((Integer) e[0]).withDayOfMonth(Math.min((Integer) e[1], 28));
      LocalDateTime start = day.atTime((Integer) e[4], 0);
      CoercionCategory category = (CoercionCategory) e[2];
      CoercionFacts facts = new CoercionFacts(category, (RestraintType) e[3], start,
          category.lasting() ? start.plusMinutes((Integer) e[5]) : null, "Dr Petrova, psychiatrist on call",
          "Agitated and shouting at other residents; staff feared a fight.", category != CoercionCategory.FORCED_MEDICATION);
      if (facts.getDeEscalationTried()) {
        facts.setDeEscalation("Talked with the person in the quiet room; offered a walk in the garden.");
      }
      facts.setUnit((Unit) e[6]);
      facts.setResident((Resident) e[7]);
      CoerciveEvent event = new CoerciveEvent(hospital, facts, "committee.north", now);
      em.persist(event);
      events.add(event);
    }
    CoercionFacts corrected = events.get(1).getFacts().copy();
    corrected.setEndedAt(corrected.getStartedAt().plusMinutes(300));
    corrected.setInjuries("Bruised wrists from the belts.");
    events.get(1).correct(corrected, "The ward book shows the belts were removed at 04:00, not 03:00; the night nurse noted bruises.",
        "committee.north", now);
    events.get(6).recordAccount(AccountChoice.GIVEN, "I was scared and nobody listened. The belts hurt. I want to talk to someone outside.");
    events.get(10).recordAccount(AccountChoice.DECLINED, null);

    LegalStatusChange involuntary = new LegalStatusChange(AdmissionStatus.INVOLUNTARY, LocalDate.of(2008, 2, 14),
        "Mental Health Act, s. 21: court order of the district court");
    involuntary.recordFor(milan, "committee.north", now);
    em.persist(involuntary);
    LegalStatusChange voluntary = new LegalStatusChange(AdmissionStatus.VOLUNTARY, today.minusMonths(2), null);
    voluntary.recordFor(milan, "committee.north", now);
    em.persist(voluntary);

    complaint(hospital, milan, Complainant.RESIDENT, ComplaintChannel.IN_PERSON, EnumSet.of(ComplaintCategory.COERCION),
        today.minusDays(45), "Tied to the bed on ward B for a whole night; wants it never to happen again.", ComplaintStatus.UNDER_REVIEW,
        today.minusDays(40), null);
    complaint(hospital, null, Complainant.FAMILY, ComplaintChannel.WRITTEN, EnumSet.of(ComplaintCategory.LIVING_CONDITIONS,
        ComplaintCategory.PRIVACY), today.minusDays(70), "No lock on the bathroom door of ward A; residents wash in front of others.",
        ComplaintStatus.ANSWERED, today.minusDays(50), "Locks fitted on all bathroom doors of wards A and B on the date of the answer.");
    Complaint anonymous = complaint(hospital, null, Complainant.RESIDENT, ComplaintChannel.COMPLAINTS_BOX,
        EnumSet.of(ComplaintCategory.STAFF_CONDUCT, ComplaintCategory.ABUSE_OR_NEGLECT), today.minusDays(20),
        "A night nurse shouts at people and pushes them back into bed.", ComplaintStatus.ESCALATED, today.minusDays(12),
        "Ombudsperson's National Preventive Mechanism");
    anonymous.setAnonymous(true);
    complaint(hospital, resident("NR-2026-0105"), Complainant.ADVOCATE, ComplaintChannel.ADVOCATE, EnumSet.of(ComplaintCategory.CARE),
        today.minusDays(6), "Marija's medication was changed without anyone explaining why.", ComplaintStatus.RECEIVED, null, null);

    Incident push = new Incident(IncidentKind.VIOLENCE, today.minusDays(25), today.minusDays(24),
        "A night nurse pushed a resident back into bed; she fell against the frame.");
    push.setActionTaken("The nurse was moved to day shifts pending the inquiry; the resident was seen by a doctor.");
    push.setReferredTo("Ombudsperson's National Preventive Mechanism");
    push.recordAt(hospital, "committee.north", now);
    em.persist(push);
    Death death = new Death(today.minusMonths(4), "Pneumonia (hospital record)");
    death.setIndependentlyReviewed(true);
    death.setReviewedBy("Regional coroner");
    death.recordAt(hospital, "committee.north", now);
    em.persist(death);

    String[] codes = {"1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4",
      "4.1", "4.2", "4.3", "4.4", "4.5", "5.1", "5.2", "5.3", "5.4"};
    String before = "2122111 22111 1011 10132 0010";
    String after = "2232212 32212 2122 22233 1111";
    for (String[] assessment : new String[][] {{"12", before}, {"1", after}}) {
      Map<String, QualityRightsScore> scores = new LinkedHashMap<>();
      String digits = assessment[1].replace(" ", "");
      for (int i = 0; i < codes.length; i++) {
        scores.put(codes[i], switch (digits.charAt(i)) {
          case '3' -> QualityRightsScore.ACHIEVED_IN_FULL;
          case '2' -> QualityRightsScore.ACHIEVED_PARTIALLY;
          case '1' -> QualityRightsScore.INITIATED;
          default -> QualityRightsScore.NOT_INITIATED;
        });
      }
      QualityRightsAssessment qualityRights = new QualityRightsAssessment(today.minusMonths(Integer.parseInt(assessment[0])),
          "QualityRights team: two people with lived experience, a nurse from another region, a lawyer", scores);
      qualityRights.recordAt(hospital, "committee.north", now);
      em.persist(qualityRights);
    }

    ClosurePlan plan = em.createQuery("select p from ClosurePlan p where p.institution = :i", ClosurePlan.class)
        .setParameter("i", hospital).getSingleResult();
    PlanAction belts = new PlanAction("End mechanical restraint on Ward B", ActionCategory.RIGHTS_IN_PRACTICE, "Head of Ward B",
        today.minusMonths(3).withDayOfMonth(1), today.plusMonths(1));
    belts.setRightsPractice(RightsPractice.ENDING_RESTRAINT_AND_SECLUSION);
    belts.setIndicator(RightsIndicator.MECHANICAL_RESTRAINT);
    belts.setIndicatorUnit(wardB);
    belts.setStatus(ActionStatus.IN_PROGRESS);
    plan.current().addAction(belts);
  }

  private Complaint complaint(Institution hospital, Resident person, Complainant by, ComplaintChannel channel, Set<ComplaintCategory> about,
      LocalDate receivedOn, String summary, ComplaintStatus status, LocalDate stepOn, String text) {
    LocalDate today = LocalDate.now(clock);
    Complaint complaint = new Complaint(by, channel, about, receivedOn, summary);
    complaint.setResident(person);
    complaint.receiveAt(hospital, "committee.north", clock.instant());
    if (status == ComplaintStatus.ANSWERED || status == ComplaintStatus.UNDER_REVIEW) {
      complaint.moveTo(ComplaintStatus.UNDER_REVIEW, receivedOn.plusDays(2), null, today);
    }
    if (status != ComplaintStatus.RECEIVED && status != ComplaintStatus.UNDER_REVIEW) {
      complaint.moveTo(status, stepOn, text, today);
    }
    em.persist(complaint);
    return complaint;
  }

  // --- budget ---

  /**
   * Hillview's double-funding model: 112 residents moving six a month from next month, its three
   * houses closing as planned; and two scenarios, the moves six months late and House 3 closing
   * six months later.
   */
  private void transitionModel(Institution home, LocalDate today) {
    TransitionModel model = new TransitionModel();
    model.setCurrency("EUR");
    model.setStartOn(today.plusMonths(1).withDayOfMonth(1));
    model.setMonths(36);
    model.setResidents(112);
    model.setFixedMonthlyCost(new BigDecimal("180000"));
    model.setCostPerResidentMonth(new BigDecimal("1400"));
    model.setSetUpCostPerPlace(new BigDecimal("6000"));
    model.setCommunityCostLow(new BigDecimal("1300"));
    model.setCommunityCostModerate(new BigDecimal("2100"));
    model.setCommunityCostHigh(new BigDecimal("3600"));
    model.setStaffToTrain(45);
    model.setTrainingCostPerStaff(new BigDecimal("900"));
    model.setAnnualInflationPercent(new BigDecimal("3"));
    model.setPlannedMovesPerMonth(6);
    model.setPlannedMovesFrom(today.plusMonths(1).withDayOfMonth(1));
    model.setUnitCosts(home.getUnits().stream().map(u -> new UnitStepCost(u.getId(), new BigDecimal("35000"))).collect(Collectors.toList()));
    TransitionModel stored = new TransitionModel();
    stored.attachTo(home);
    stored.updateFrom(model);
    em.persist(stored);
    CostScenario late = new CostScenario("Moves six months late", 6, null, 0, BigDecimal.ZERO);
    late.attachTo(stored);
    em.persist(late);
    CostScenario house3 = new CostScenario("House 3 closes six months later", 0,
        home.getUnits().stream().filter(u -> u.getName().equals("House 3")).findFirst().orElseThrow().getId(), 6, BigDecimal.ZERO);
    house3.attachTo(stored);
    em.persist(house3);
  }

  /** Hillview's budget this year and next: running costs falling, community lines growing, spend so far, one reallocation. */
  private void budgetLines(Institution home, LocalDate today) {
    int year = today.getYear();
    BudgetLine running = budgetLine(home, year, BudgetCategory.INSTITUTION_RUNNING, FundingSource.SOCIAL_MINISTRY, false, "3200000");
    BudgetLine community = budgetLine(home, year, BudgetCategory.COMMUNITY_SERVICES, FundingSource.SOCIAL_MINISTRY, true, "600000");
    budgetLine(home, year, BudgetCategory.STAFF_TRAINING, FundingSource.EU_OR_DONOR, true, "40500");
    budgetLine(home, year + 1, BudgetCategory.INSTITUTION_RUNNING, FundingSource.SOCIAL_MINISTRY, false, "2100000");
    budgetLine(home, year + 1, BudgetCategory.COMMUNITY_SERVICES, FundingSource.SOCIAL_MINISTRY, true, "1500000");
    budgetLine(home, year + 1, BudgetCategory.COMMUNITY_SERVICES, FundingSource.REPURPOSED_PROPERTY, true, "250000");
    for (int quarter = 1; quarter <= 3; quarter++) {
      LocalDate end = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
      spend(running, end, "780000");
      spend(community, end, "95000");
    }
    Reallocation moved = new Reallocation(running, community, LocalDate.of(year, 7, 1), new BigDecimal("250000"),
        "House 1's night shift no longer needed after the first moves", "Director of social care, North region", LocalDate.of(year, 6, 15));
    moved.attachTo(home);
    em.persist(moved);
  }

  private BudgetLine budgetLine(Institution home, int year, BudgetCategory category, FundingSource source, boolean ringFenced, String amount) {
    BudgetLine line = new BudgetLine(year, category, source, ringFenced, "EUR", new BigDecimal(amount), null);
    line.attachTo(home);
    em.persist(line);
    return line;
  }

  private void spend(BudgetLine line, LocalDate on, String amount) {
    ActualSpend spent = new ActualSpend(on, new BigDecimal(amount), null);
    spent.attachTo(line);
    em.persist(spent);
  }

  /**
   * The national budget this year and next: the ministry's running-cost grant falling, EU funds for
   * community services and set-up, national training, spend so far, one reallocation from the grant
   * to community services; and a double-funding model for the North hospital (nine moves a month),
   * so that the national projection adds up two institutions and lists Southport as having no model.
   */
  private void nationalBudget(Institution hospital, LocalDate today) {
    int year = today.getYear();
    BudgetLine grant = nationalLine(year, BudgetCategory.INSTITUTION_RUNNING, FundingSource.HEALTH_MINISTRY, false, "9500000",
        "Running-cost grant to psychiatric hospitals");
    BudgetLine community = nationalLine(year, BudgetCategory.COMMUNITY_SERVICES, FundingSource.EU_OR_DONOR, true, "2400000",
        "EU structural funds: community mental health teams");
    nationalLine(year, BudgetCategory.STAFF_TRAINING, FundingSource.SOCIAL_MINISTRY, true, "350000", "National training in recovery-based support");
    nationalLine(year + 1, BudgetCategory.INSTITUTION_RUNNING, FundingSource.HEALTH_MINISTRY, false, "7800000",
        "Running-cost grant to psychiatric hospitals");
    nationalLine(year + 1, BudgetCategory.COMMUNITY_SERVICES, FundingSource.EU_OR_DONOR, true, "3900000",
        "EU structural funds: community mental health teams");
    nationalLine(year + 1, BudgetCategory.TRANSITION_ONE_OFF, FundingSource.EU_OR_DONOR, true, "1200000", "Setting up supported housing");
    for (int quarter = 1; quarter <= 3; quarter++) {
      LocalDate end = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
      spend(grant, end, "2300000");
      spend(community, end, "420000");
    }
    em.persist(new Reallocation(grant, community, LocalDate.of(year, 9, 1), new BigDecimal("600000"),
        "Ward A of the North hospital closes; its share of the grant follows the people into the community", "Deputy minister for health",
        LocalDate.of(year, 8, 20)));

    TransitionModel model = new TransitionModel();
    model.setCurrency("EUR");
    model.setStartOn(today.plusMonths(1).withDayOfMonth(1));
    model.setMonths(36);
    model.setResidents(hospital.getCurrentResidents());
    model.setFixedMonthlyCost(new BigDecimal("420000"));
    model.setCostPerResidentMonth(new BigDecimal("1650"));
    model.setSetUpCostPerPlace(new BigDecimal("7000"));
    model.setCommunityCostLow(new BigDecimal("1400"));
    model.setCommunityCostModerate(new BigDecimal("2300"));
    model.setCommunityCostHigh(new BigDecimal("3900"));
    model.setStaffToTrain(120);
    model.setTrainingCostPerStaff(new BigDecimal("850"));
    model.setAnnualInflationPercent(new BigDecimal("3"));
    model.setPlannedMovesPerMonth(9);
    model.setPlannedMovesFrom(today.plusMonths(1).withDayOfMonth(1));
    model.setUnitCosts(hospital.getUnits().stream().map(u -> new UnitStepCost(u.getId(), new BigDecimal("60000"))).collect(Collectors.toList()));
    TransitionModel stored = new TransitionModel();
    stored.attachTo(hospital);
    stored.updateFrom(model);
    em.persist(stored);
  }

  private BudgetLine nationalLine(int year, BudgetCategory category, FundingSource source, boolean ringFenced, String amount, String description) {
    BudgetLine line = new BudgetLine(year, category, source, ringFenced, "EUR", new BigDecimal(amount), description);
    em.persist(line);
    return line;
  }
}
