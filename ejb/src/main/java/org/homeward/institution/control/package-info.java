/** Queries of the institution registry, paged and sorted in the database and limited to the caller's scope. */
package org.homeward.institution.control;
