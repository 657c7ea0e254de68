package org.homeward.staff.boundary;

import java.io.Serializable;
import org.homeward.staff.control.PositionFit;
import org.homeward.staff.entity.CommunityPosition;

/** An open position suggested for a staff member, and why. */
public record PositionMatch(CommunityPosition position, PositionFit fit) implements Serializable {
}
