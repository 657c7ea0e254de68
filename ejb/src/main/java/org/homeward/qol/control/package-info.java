/** Queries of a person's quality-of-life checks, and when the next one falls due. */
package org.homeward.qol.control;
