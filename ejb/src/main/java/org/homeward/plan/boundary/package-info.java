/**
 * Closure plans: creating a plan, its revisions and reviews, its phases, actions and milestones,
 * the consultation events of its communication strategy, the repurposing of buildings and land,
 * the national overview of milestones that slip, and the plan as printed for a meeting.
 */
package org.homeward.plan.boundary;
