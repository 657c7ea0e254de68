/** Queries of committee members and meetings, one institution at a time. */
package org.homeward.committee.control;
