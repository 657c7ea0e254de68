/** An institution's management committee: its members, the constituencies it lacks, and its meetings. */
package org.homeward.committee.boundary;
