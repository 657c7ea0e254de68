package org.homeward.monitoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptFiguresTest {

  private static final Instant WORKED_OUT = Instant.parse("2026-11-23T09:00:00Z");
  private static final String COUNTRY = "country";

  private final KeptFigures kept = new KeptFigures(20, Duration.ofMillis(500), Duration.ofMinutes(5));

  @Test
  void figuresQuickToWorkOutAreNeverKept() {
    kept.workedOut(COUNTRY, dashboard(null), WORKED_OUT, 1000, Duration.ofMillis(40));

    assertTrue(kept.kept(COUNTRY, Dashboard.class).isEmpty());
  }

  @Test
  void figuresOfFewInstitutionsAreNeverKeptHoweverLongTheyTook() {
    kept.workedOut("North", dashboard("North"), WORKED_OUT, 19, Duration.ofSeconds(4));

    assertTrue(kept.kept("North", Dashboard.class).isEmpty());
  }

  @Test
  void slowFiguresAreKeptForWhatTheyAnswerOnly() {
    Dashboard north = dashboard("North");
    kept.workedOut("North", north, WORKED_OUT, 1000, Duration.ofSeconds(4));

    assertEquals(north, kept.kept("North", Dashboard.class).orElseThrow());
    assertTrue(kept.kept(COUNTRY, Dashboard.class).isEmpty());
    assertTrue(kept.kept("South", Dashboard.class).isEmpty());
  }

  @Test
  void onlyOneVisitorWorksOutFreshFiguresOnceTheKeptOnesAreTooOld() {
    kept.workedOut(COUNTRY, dashboard(null), WORKED_OUT, 1000, Duration.ofSeconds(4));

    assertFalse(kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(4))));
    assertTrue(kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(6))));
    assertFalse(kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(6))));

    kept.refreshFailed(COUNTRY);
    assertTrue(kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(7))), "a failed refresh is tried again");
  }

  @Test
  void freshFiguresReplaceTheKeptOnes() {
    kept.workedOut(COUNTRY, dashboard(null), WORKED_OUT, 1000, Duration.ofSeconds(4));
    kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(6)));
    Dashboard fresh = dashboard(null, WORKED_OUT.plus(Duration.ofMinutes(6)));

    kept.workedOut(COUNTRY, fresh, fresh.asOf(), 1000, Duration.ofSeconds(4));

    assertEquals(fresh, kept.kept(COUNTRY, Dashboard.class).orElseThrow());
    assertFalse(kept.claimRefresh(COUNTRY, WORKED_OUT.plus(Duration.ofMinutes(7))));
  }

  @Test
  void visitorsArrivingTogetherWaitForOneWorkingOutAndTooOldFiguresAreServedWhileRefreshed() throws Exception {
    AtomicInteger workedOut = new AtomicInteger();
    AtomicInteger refreshes = new AtomicInteger();
    ExecutorService visitors = Executors.newFixedThreadPool(4);
    try {
      List<Future<Dashboard>> answers = visitors.invokeAll(List.of(1, 2, 3, 4).stream().map(i -> (Callable<Dashboard>) () ->
          kept.serve(COUNTRY, Dashboard.class, WORKED_OUT, () -> {
            sleep(300);
            workedOut.incrementAndGet();
            Dashboard dashboard = dashboard(null);
            kept.workedOut(COUNTRY, dashboard, WORKED_OUT, 1000, Duration.ofSeconds(4));
            return dashboard;
          }, refreshes::incrementAndGet)).toList(), 10, TimeUnit.SECONDS);
      for (Future<Dashboard> answer : answers) {
        assertEquals(WORKED_OUT, answer.get().asOf());
      }
    } finally {
      visitors.shutdownNow();
    }
    assertEquals(1, workedOut.get(), "worked out once for four visitors");
    assertEquals(0, refreshes.get());

    Dashboard old = kept.serve(COUNTRY, Dashboard.class, WORKED_OUT.plus(Duration.ofMinutes(6)), () -> {
      throw new AssertionError("kept figures are served, not worked out while the visitor waits");
    }, refreshes::incrementAndGet);

    assertEquals(WORKED_OUT, old.asOf());
    assertEquals(1, refreshes.get(), "fresh ones asked for in the background");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Dashboard dashboard(String region) {
    return dashboard(region, WORKED_OUT);
  }

  private static Dashboard dashboard(String region, Instant asOf) {
    return new Dashboard(region, Map.of(), Map.of(), null, null, null, null, null, null, List.of(), null, null, null, asOf);
  }
}
