package org.homeward.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static UserAccount account(Role... roles) {
    return new UserAccount(" Committee.North ", "Colin", "hash", EnumSet.of(roles[0], roles), NOW);
  }

  @Test
  void userNamesAreNormalised() {
    assertThat(account(Role.COMMITTEE).getUsername()).isEqualTo("committee.north");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForAWhile() {
    UserAccount account = account(Role.COMMITTEE);
    for (int i = 0; i < UserAccount.LOCK_AFTER_FAILURES - 1; i++) {
      account.recordFailedLogin(NOW);
      assertThat(account.maySignIn(NOW)).isTrue();
    }
    account.recordFailedLogin(NOW);
    assertThat(account.maySignIn(NOW)).isFalse();
    assertThat(account.maySignIn(NOW.plus(UserAccount.LOCK_DURATION).minusSeconds(1))).isFalse();
    assertThat(account.maySignIn(NOW.plus(UserAccount.LOCK_DURATION))).isTrue();
  }

  @Test
  void aSuccessfulSignInResetsTheCount() {
    UserAccount account = account(Role.COMMITTEE);
    for (int i = 0; i < UserAccount.LOCK_AFTER_FAILURES - 1; i++) {
      account.recordFailedLogin(NOW);
    }
    account.recordSuccessfulLogin(NOW);
    account.recordFailedLogin(NOW);
    assertThat(account.maySignIn(NOW)).isTrue();
  }

  @Test
  void disablingEndsEverySessionIssuedBefore() {
    UserAccount account = account(Role.COMMITTEE);
    Instant signedIn = NOW.plusSeconds(60);
    assertThat(account.honours(signedIn)).isTrue();

    account.disable(NOW.plusSeconds(120));
    assertThat(account.honours(signedIn)).isFalse();
    assertThat(account.maySignIn(NOW.plusSeconds(121))).isFalse();

    account.enable();
    assertThat(account.honours(signedIn)).as("re-enabling does not revive old sessions").isFalse();
    assertThat(account.honours(NOW.plusSeconds(180))).isTrue();
  }

  @Test
  void aTokenFromTheSameSecondAsTheDisableIsRefused() {
    UserAccount account = account(Role.FINANCE);
    Instant tokenIssued = NOW.plusSeconds(5);
    account.disable(NOW.plusSeconds(5).plusMillis(400));
    account.enable();
    assertThat(account.honours(tokenIssued)).isFalse();
    assertThat(account.honours(NOW.plusSeconds(6))).isTrue();
  }

  @Test
  void aNewPasswordEndsOldSessions() {
    UserAccount account = account(Role.ADMIN);
    Instant signedIn = NOW.plus(Duration.ofMinutes(1));
    account.changePasswordHash("new", NOW.plus(Duration.ofMinutes(2)));
    assertThat(account.honours(signedIn)).isFalse();
  }

  @Test
  void ministryAndAdministratorsSeeEveryInstitutionOthersOnlyTheirScope() {
    UserAccount ministry = account(Role.MINISTRY);
    UserAccount committee = account(Role.COMMITTEE);
    committee.setInstitutionIds(Set.of(7L));
    assertThat(ministry.mayAccessInstitution(99L)).isTrue();
    assertThat(committee.mayAccessInstitution(7L)).isTrue();
    assertThat(committee.mayAccessInstitution(8L)).isFalse();
    assertThat(committee.mayAccessInstitution(null)).isFalse();
  }
}
