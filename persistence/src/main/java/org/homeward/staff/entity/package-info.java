/** An institution's staff: roster, willingness and concerns, discussions, training towards community services. */
package org.homeward.staff.entity;
