/**
 * The closure plan pages: the overview of all plans, one plan with its revisions, milestones,
 * actions, phases and timeline, the consultation events, the buildings and land, and the printed plan.
 */
package org.homeward.plan.web;
