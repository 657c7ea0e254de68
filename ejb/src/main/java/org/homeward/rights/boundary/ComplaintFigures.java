package org.homeward.rights.boundary;

import java.io.Serializable;
import java.util.Map;
import org.homeward.rights.entity.ComplaintStatus;

/**
 * An institution's complaints in numbers, without a name: by status, those awaiting an answer by how
 * long they have waited, how many are overdue, and how many answers came on time or late. When
 * {@code suppressed}, a {@code null} count lies between 1 and {@code threshold} (or would give one
 * away).
 */
public record ComplaintFigures(boolean suppressed, int threshold, Map<ComplaintStatus, Long> byStatus, Map<ComplaintAge, Long> awaitingByAge,
    Long overdue, Long answeredOnTime, Long answeredLate) implements Serializable {}
