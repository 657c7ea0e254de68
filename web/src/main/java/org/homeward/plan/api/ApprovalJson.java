package org.homeward.plan.api;

/** Approves a draft revision: the version last read and what changed in it and why. */
public record ApprovalJson(Long version, String changeSummary) {}
