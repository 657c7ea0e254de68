/** Gathers the facts of a case that decide what is due. */
package org.homeward.agenda.control;
