/** What is due in each person's case, and what is overdue: for the caseload and the committee. */
package org.homeward.agenda.boundary;
