package org.homeward.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.institution.entity.Unit;
import org.homeward.security.control.PasswordHasher;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * With {@code homeward.demo=true} (the launcher's {@code --demo}), fills an empty registry with three
 * institutions in two regions, their units, and one user of each role, all with the demo password.
 * A database that already holds institutions is left as it is.
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

  @Inject
  @ConfigProperty(name = "homeward.demo", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "homeward.demo.password")
  String password;

  @PostConstruct
  void loadIfEmpty() {
    if (!enabled || em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() > 0) {
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

    user("ministry", "Maria Ministry (demo)", EnumSet.of(Role.MINISTRY), Set.of());
    user("committee.north", "Colin Committee (demo)", EnumSet.of(Role.COMMITTEE), Set.of(northHospital.getId(), northHome.getId()));
    user("committee.south", "Sara South Committee (demo)", EnumSet.of(Role.COMMITTEE), Set.of(southChildren.getId()));
    user("focal.north", "Fatima Focal Point (demo)", EnumSet.of(Role.FOCAL_POINT), Set.of(northHospital.getId()));
    user("finance", "Frank Finance (demo)", EnumSet.of(Role.FINANCE), Set.of(northHospital.getId(), northHome.getId(), southChildren.getId()));
    trail.record("system", AuditAction.CREATE, "DemoData", null, Map.of("institutions", 3, "users", 5));
    LOG.info("Demo data loaded: 3 institutions, 5 users (password from homeward.demo.password)");
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

  private void user(String username, String displayName, Set<Role> roles, Set<Long> institutions) {
    if (em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
        .setParameter("u", username).getSingleResult() > 0) {
      return;
    }
    UserAccount account = new UserAccount(username, displayName, hasher.hash(password.toCharArray()), roles, clock.instant());
    account.setInstitutionIds(institutions);
    em.persist(account);
  }
}
