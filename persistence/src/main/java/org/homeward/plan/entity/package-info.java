/**
 * An institution's closure plan (WHO guidance, strategies 2.4.1, 2.4.2 and 2.4.4): revisions whose
 * approved versions never change, each with phases, actions and milestones; the consultation events
 * of the communication strategy; and the repurposing of the institution's buildings and land.
 */
package org.homeward.plan.entity;
