/** Queries of case transfers and of the caseloads a bulk reassignment moves. */
package org.homeward.transfer.control;
