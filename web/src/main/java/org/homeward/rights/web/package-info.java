/** Pages for rights now: an institution's coercive practice with its rates, and one event with its corrections. */
package org.homeward.rights.web;
