/** Signing in (UI and API), API tokens, and the administration of user accounts. */
package org.homeward.security.boundary;
