package org.homeward.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.control.StartupLock;
import org.homeward.security.control.PasswordHasher;
import org.homeward.security.control.PasswordPolicy;
import org.homeward.security.control.UserRepository;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * On the first start, with no account in the database, creates {@code admin} with the password from
 * {@code HOMEWARD_ADMIN_PASSWORD}, or a random one printed once to the log for the operator to
 * change. Nodes of a cluster starting together create it once: the check and the write run under
 * a lock shared through the database.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

  public static final String USERNAME = "admin";
  static final String SYSTEM = "system";

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail trail;
  @Inject Clock clock;
  @Inject StartupLock startupLock;

  @Inject
  @ConfigProperty(name = "homeward.admin.password")
  Optional<String> configuredPassword;

  @PostConstruct
  void createIfNoAccount() {
    startupLock.hold("first-administrator");
    if (users.count() > 0) {
      return;
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = randomPassword();
    } else if (PasswordPolicy.violation(USERNAME, password.toCharArray()).isPresent()) {
      throw new IllegalStateException("HOMEWARD_ADMIN_PASSWORD must have 12 to 128 characters");
    }
    UserAccount admin = users.add(new UserAccount(USERNAME, "Administrator",
        hasher.hash(password.toCharArray()), EnumSet.of(Role.ADMIN), clock.instant()));
    trail.record(SYSTEM, AuditAction.CREATE, admin.auditType(), admin.getId(), Map.of("reason", "first start"));
    if (generated) {
      // Printed once, on purpose: the operator's only way to sign in the first time.
      System.out.println("\n=== Homeward: first administrator created. User name: admin  Password: " + password
          + "\n=== Sign in and change it (or set HOMEWARD_ADMIN_PASSWORD before the first start).\n");
    } else {
      LOG.info("First administrator 'admin' created with the password from HOMEWARD_ADMIN_PASSWORD");
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
