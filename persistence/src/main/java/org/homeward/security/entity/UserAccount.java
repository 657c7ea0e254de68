package org.homeward.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;

/**
 * A person who signs in. Holds the roles and the institution scope that every service call is
 * checked against, and the state behind three protections: repeated wrong passwords lock the
 * account for a while; disabling it refuses every later request at once; and {@link
 * #sessionsValidAfter} ends every session and token issued before a disable or a password change.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements AuditableEntity {

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_MAX = 60;
  public static final int DISPLAY_NAME_MAX = 120;
  public static final int PASSWORD_MIN = 12;
  public static final int PASSWORD_MAX = 128;

  /** Wrong passwords in a row before the account locks. */
  public static final int LOCK_AFTER_FAILURES = 5;

  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @NotBlank
  @Size(min = USERNAME_MIN, max = USERNAME_MAX)
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{user.username.pattern}")
  @Column(nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @NotBlank
  @Size(max = DISPLAY_NAME_MAX)
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Sensitive
  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @NotEmpty(message = "{user.roles.empty}")
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_institution", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "institution_id", nullable = false)
  private Set<Long> institutionIds = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "sessions_valid_after", nullable = false)
  private Instant sessionsValidAfter;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = normalize(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.sessionsValidAfter = now.truncatedTo(ChronoUnit.SECONDS);
  }

  /** User names are compared without regard to case or surrounding spaces. */
  public static String normalize(String username) {
    return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the password may be checked at all now (enabled and not locked). */
  public boolean maySignIn(Instant now) {
    return enabled && (lockedUntil == null || !now.isBefore(lockedUntil));
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  /** Counts a wrong password; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
  public void recordFailedLogin(Instant now) {
    failedLogins++;
    if (failedLogins >= LOCK_AFTER_FAILURES) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedLogins = 0;
    }
  }

  /** Disables the account and ends every session and token it holds. */
  public void disable(Instant now) {
    enabled = false;
    revokeSessions(now);
  }

  public void enable() {
    enabled = true;
    failedLogins = 0;
    lockedUntil = null;
  }

  /** Replaces the password and ends every session and token issued with the old one. */
  public void changePasswordHash(String newHash, Instant now) {
    passwordHash = newHash;
    revokeSessions(now);
  }

  /**
   * Refuses every session and token issued up to {@code now}. Tokens state their issue time in whole
   * seconds, so the cut-off is rounded up to the next second: a token from the same second as the
   * revocation is refused too.
   */
  private void revokeSessions(Instant now) {
    sessionsValidAfter = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
  }

  /** Whether a session or token issued at {@code issuedAt} is still honoured. */
  public boolean honours(Instant issuedAt) {
    return enabled && !issuedAt.isBefore(sessionsValidAfter);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean national() {
    return roles.stream().anyMatch(Role::national);
  }

  public boolean mayAccessInstitution(Long institutionId) {
    return national() || institutionIds.contains(institutionId);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public Set<Long> getInstitutionIds() {
    return Collections.unmodifiableSet(institutionIds);
  }

  public void setInstitutionIds(Set<Long> institutionIds) {
    this.institutionIds = institutionIds == null ? new HashSet<>() : new HashSet<>(institutionIds);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getSessionsValidAfter() {
    return sessionsValidAfter;
  }
}
