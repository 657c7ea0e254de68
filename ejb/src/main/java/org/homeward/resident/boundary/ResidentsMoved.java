package org.homeward.resident.boundary;

import java.time.LocalDate;

/**
 * A person moved out of an institution: {@code moved} of the {@code toMove} people its closure moves
 * have now left. Fired in the transaction of the move, so that what follows from it commits with it.
 */
public record ResidentsMoved(long institutionId, long moved, long toMove, LocalDate on) {}
