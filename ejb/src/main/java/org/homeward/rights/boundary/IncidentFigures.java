package org.homeward.rights.boundary;

import java.io.Serializable;
import java.util.Map;
import org.homeward.rights.entity.IncidentKind;

/**
 * Reports of abuse, neglect and violence by kind, and deaths with how many were reviewed
 * independently, over the last 12 months; no names. When {@code suppressed}, a {@code null} count
 * is withheld.
 */
public record IncidentFigures(boolean suppressed, int threshold, Map<IncidentKind, Long> reportsByKind, Long deaths,
    Long deathsReviewed) implements Serializable {}
