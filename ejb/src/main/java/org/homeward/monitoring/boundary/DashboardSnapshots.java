package org.homeward.monitoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The national dashboards last worked out, for the country and each region. At national scale one
 * reads every institution's records and takes seconds, so a dashboard of at least
 * {@code homeward.monitoring.dashboard.cache-from-institutions} institutions that took longer than
 * {@code homeward.monitoring.dashboard.cache-after-millis} is kept and served, with the time it
 * shows, for {@code homeward.monitoring.dashboard.max-age-seconds}; after that it is still served
 * while one fresh dashboard is worked out in the background. A small or quick one is always worked
 * out anew, so that a change shows at once where that costs little.
 */
@ApplicationScoped
public class DashboardSnapshots {

  private static final String COUNTRY = "";

  private final Map<String, Dashboard> kept = new ConcurrentHashMap<>();
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> firstComputations = new ConcurrentHashMap<>();
  private final long cacheFromInstitutions;
  private final Duration cacheAfter;
  private final Duration maxAge;

  public DashboardSnapshots() {
    this(setting("homeward.monitoring.dashboard.cache-from-institutions", 20),
        Duration.ofMillis(setting("homeward.monitoring.dashboard.cache-after-millis", 500)),
        Duration.ofSeconds(setting("homeward.monitoring.dashboard.max-age-seconds", 300)));
  }

  DashboardSnapshots(long cacheFromInstitutions, Duration cacheAfter, Duration maxAge) {
    this.cacheFromInstitutions = cacheFromInstitutions;
    this.cacheAfter = cacheAfter;
    this.maxAge = maxAge;
  }

  /** The dashboard kept for the country (null) or a region, if any. */
  public Optional<Dashboard> kept(String region) {
    return Optional.ofNullable(kept.get(key(region)));
  }

  /** Whether the caller should work out a fresh one now: the kept one is too old and nobody is at it yet. */
  public boolean claimRefresh(String region, Instant now) {
    Dashboard dashboard = kept.get(key(region));
    return dashboard != null && dashboard.asOf().plus(maxAge).isBefore(now) && refreshing.add(key(region));
  }

  /** Keeps a dashboard of so many institutions that took {@code took} to work out, if it is large and slow enough to be worth keeping. */
  public void workedOut(String region, Dashboard dashboard, int institutions, Duration took) {
    if (institutions >= cacheFromInstitutions && took.compareTo(cacheAfter) >= 0) {
      kept.put(key(region), dashboard);
    } else {
      kept.remove(key(region));
    }
    refreshing.remove(key(region));
  }

  public void refreshFailed(String region) {
    refreshing.remove(key(region));
  }

  /** One lock per area, so that many first visitors wait for one dashboard rather than each work one out. */
  public Object firstComputation(String region) {
    return firstComputations.computeIfAbsent(key(region), k -> new Object());
  }

  private static String key(String region) {
    return region == null ? COUNTRY : "region:" + region;
  }

  private static long setting(String name, long fallback) {
    return ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(fallback);
  }
}
