package org.homeward.staff.boundary;

import java.io.Serializable;
import java.util.Map;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.Willingness;

/**
 * Staff on their way into community services, counted over the caller's institutions (all of them
 * for national roles), and the openings in community positions: numbers only, never a name.
 */
public record RedeploymentFigures(long staff, Map<RedeploymentStatus, Long> byStatus, Map<Willingness, Long> byWillingness,
    long openings, long filled) implements Serializable {
}
