/** The one clock every service reads, so that tests can fix the time. */
package org.homeward.time;
