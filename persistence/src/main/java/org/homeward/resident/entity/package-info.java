/**
 * The people living in an institution, each a transition case: who they are in their own terms,
 * where their move stands, the history of every status change and of the focal point workers who
 * accompanied them, and the safeguards no move may skip.
 */
package org.homeward.resident.entity;
