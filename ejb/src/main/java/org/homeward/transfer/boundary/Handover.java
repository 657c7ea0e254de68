package org.homeward.transfer.boundary;

/** In a bulk reassignment: which person goes to which worker. */
public record Handover(Long residentId, Long toWorkerId) {}
