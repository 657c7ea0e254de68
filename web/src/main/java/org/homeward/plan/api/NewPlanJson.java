package org.homeward.plan.api;

import java.time.LocalDate;

/** Starts a plan: its first draft offers the standard milestones, spread up to the target date. */
public record NewPlanJson(LocalDate targetClosureOn) {}
