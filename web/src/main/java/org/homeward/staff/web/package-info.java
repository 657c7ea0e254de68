/** Pages for an institution's staff: the roster with its figures and import, and one person's record. */
package org.homeward.staff.web;
