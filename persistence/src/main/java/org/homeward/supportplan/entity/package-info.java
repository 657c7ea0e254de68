/**
 * The individualized support plan, written with the person: their own words, strengths, hopes and
 * goals, what they want to avoid, the supports they choose; goals with action steps; revisions agreed
 * only with the person's participation recorded, and reviewed after the move.
 */
package org.homeward.supportplan.entity;
