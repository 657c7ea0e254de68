/** Queries of a person's support plan revisions. */
package org.homeward.supportplan.control;
