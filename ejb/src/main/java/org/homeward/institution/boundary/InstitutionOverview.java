package org.homeward.institution.boundary;

import java.io.Serializable;
import java.util.Map;
import org.homeward.institution.entity.InstitutionStatus;

/** Figures about the institutions in a caller's scope: no record, no person. */
public record InstitutionOverview(long institutions, long beds, long residents, Map<InstitutionStatus, Long> byStatus) implements Serializable {}
