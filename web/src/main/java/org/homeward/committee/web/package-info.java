/** The committee page: members, the constituencies the committee lacks, and its meetings. */
package org.homeward.committee.web;
