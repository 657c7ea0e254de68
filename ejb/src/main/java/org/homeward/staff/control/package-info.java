/** Persistence of the staff roster, the roster's CSV format, and the figures drawn from it. */
package org.homeward.staff.control;
