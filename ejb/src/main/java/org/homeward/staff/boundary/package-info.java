/** Use cases for an institution's staff: the roster and its import, discussions, training, figures. */
package org.homeward.staff.boundary;
