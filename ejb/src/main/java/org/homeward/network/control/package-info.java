/** Queries of contacts and live-together links, and where each person of a pair is heading. */
package org.homeward.network.control;
