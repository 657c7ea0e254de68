package org.homeward.rights.api;

/** A correction of an event: the facts as they should read, why, and the version last read. */
public record CorrectionRequestJson(Long version, String why, CoercionFactsJson facts) {}
