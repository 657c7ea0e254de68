/**
 * The closure plan API under {@code /api/institutions/{id}/plan}: the plan and its revisions, a
 * review and an approval, phases, milestones (with their computed status) and actions, the printed
 * plan; consultation events and repurposing sites; and the overview of all plans under {@code /api/plans}.
 */
package org.homeward.plan.api;
