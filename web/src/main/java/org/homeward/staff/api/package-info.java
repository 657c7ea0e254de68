/** The staff roster, its import, discussions, training and figures over HTTP (JSON and CSV). */
package org.homeward.staff.api;
