/** Queries of closure plans and their records, one institution at a time or nationally. */
package org.homeward.plan.control;
