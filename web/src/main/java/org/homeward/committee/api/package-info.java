/** The management committee API: members, the constituencies missing, and meetings. */
package org.homeward.committee.api;
