/** Queries of a person's living options, placement and pre-move discussions. */
package org.homeward.placement.control;
