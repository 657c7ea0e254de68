package org.homeward.monitoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardSnapshotsTest {

  private static final Instant WORKED_OUT = Instant.parse("2026-11-23T09:00:00Z");

  private final DashboardSnapshots snapshots = new DashboardSnapshots(20, Duration.ofMillis(500), Duration.ofMinutes(5));

  @Test
  void aDashboardQuickToWorkOutIsNeverKept() {
    snapshots.workedOut(null, dashboard(null), 1000, Duration.ofMillis(40));

    assertTrue(snapshots.kept(null).isEmpty());
  }

  @Test
  void aDashboardOfFewInstitutionsIsNeverKeptHoweverLongItTook() {
    snapshots.workedOut("North", dashboard("North"), 19, Duration.ofSeconds(4));

    assertTrue(snapshots.kept("North").isEmpty());
  }

  @Test
  void aSlowDashboardIsKeptForItsAreaOnly() {
    Dashboard north = dashboard("North");
    snapshots.workedOut("North", north, 1000, Duration.ofSeconds(4));

    assertEquals(north, snapshots.kept("North").orElseThrow());
    assertTrue(snapshots.kept(null).isEmpty());
    assertTrue(snapshots.kept("South").isEmpty());
  }

  @Test
  void onlyOneVisitorWorksOutAFreshOneOnceTheKeptOneIsTooOld() {
    snapshots.workedOut(null, dashboard(null), 1000, Duration.ofSeconds(4));

    assertFalse(snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(4))));
    assertTrue(snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(6))));
    assertFalse(snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(6))));

    snapshots.refreshFailed(null);
    assertTrue(snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(7))), "a failed refresh is tried again");
  }

  @Test
  void aFreshDashboardReplacesTheKeptOne() {
    snapshots.workedOut(null, dashboard(null), 1000, Duration.ofSeconds(4));
    snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(6)));
    Dashboard fresh = new Dashboard(null, Map.of(), Map.of(), null, null, null, null, null, null, List.of(), null, null, null,
        WORKED_OUT.plus(Duration.ofMinutes(6)));

    snapshots.workedOut(null, fresh, 1000, Duration.ofSeconds(4));

    assertEquals(fresh, snapshots.kept(null).orElseThrow());
    assertFalse(snapshots.claimRefresh(null, WORKED_OUT.plus(Duration.ofMinutes(7))));
  }

  private static Dashboard dashboard(String region) {
    return new Dashboard(region, Map.of(), Map.of(), null, null, null, null, null, null, List.of(), null, null, null, WORKED_OUT);
  }
}
