package org.homeward.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The national figures last worked out: the dashboards and indicators of the country and of each
 * region, each under a key saying what it answers. At national scale they read every institution's
 * records and take seconds, so figures of at least {@code homeward.monitoring.kept.from-institutions}
 * institutions that took longer than {@code homeward.monitoring.kept.after-millis} are kept and
 * served for {@code homeward.monitoring.kept.max-age-seconds}; after that they are still served while
 * fresh ones are worked out in the background. Small or quick figures are always worked out anew, so
 * that a change shows at once where that costs little.
 */
@ApplicationScoped
public class KeptFigures {

  private record Kept(Object figures, Instant asOf) {}

  private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
  private final Set<Object> refreshing = ConcurrentHashMap.newKeySet();
  private final Map<Object, Object> firstComputations = new ConcurrentHashMap<>();
  private final long fromInstitutions;
  private final Duration after;
  private final Duration maxAge;

  public KeptFigures() {
    this(setting("homeward.monitoring.kept.from-institutions", 20),
        Duration.ofMillis(setting("homeward.monitoring.kept.after-millis", 500)),
        Duration.ofSeconds(setting("homeward.monitoring.kept.max-age-seconds", 300)));
  }

  KeptFigures(long fromInstitutions, Duration after, Duration maxAge) {
    this.fromInstitutions = fromInstitutions;
    this.after = after;
    this.maxAge = maxAge;
  }

  /**
   * The figures kept under {@code key}, asking {@code refresh} to work out fresh ones in the
   * background when they are too old; when none are kept, {@code workOut} works them out, once for
   * all the visitors who ask meanwhile.
   */
  public <T> T serve(Object key, Class<T> type, Instant now, Supplier<T> workOut, Runnable refresh) {
    Optional<T> figures = kept(key, type);
    if (figures.isEmpty()) {
      synchronized (firstComputations.computeIfAbsent(key, k -> new Object())) {
        figures = kept(key, type);
        if (figures.isEmpty()) {
          return workOut.get();
        }
      }
    }
    if (claimRefresh(key, now)) {
      refresh.run();
    }
    return figures.get();
  }

  /** The figures kept under {@code key}, if any. */
  public <T> Optional<T> kept(Object key, Class<T> type) {
    return Optional.ofNullable(kept.get(key)).map(k -> type.cast(k.figures()));
  }

  /** Whether the caller should work out fresh figures now: the kept ones are too old and nobody is at it yet. */
  boolean claimRefresh(Object key, Instant now) {
    Kept figures = kept.get(key);
    return figures != null && figures.asOf().plus(maxAge).isBefore(now) && refreshing.add(key);
  }

  /**
   * Keeps figures worked out as of {@code asOf}, about so many institutions, that took {@code took}
   * to work out, if they are large and slow enough to be worth keeping.
   */
  public void workedOut(Object key, Object figures, Instant asOf, int institutions, Duration took) {
    if (institutions >= fromInstitutions && took.compareTo(after) >= 0) {
      kept.put(key, new Kept(figures, asOf));
    } else {
      kept.remove(key);
    }
    refreshing.remove(key);
  }

  public void refreshFailed(Object key) {
    refreshing.remove(key);
  }

  private static long setting(String name, long fallback) {
    return ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(fallback);
  }
}
