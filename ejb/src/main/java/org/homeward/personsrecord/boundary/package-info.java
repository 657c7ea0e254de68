/** Everything Homeward holds about one person, for their right of access. */
package org.homeward.personsrecord.boundary;
