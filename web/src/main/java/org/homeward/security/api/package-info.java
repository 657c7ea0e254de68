/** {@code /api/auth/token} for bearer tokens and {@code /api/users} for administrators. */
package org.homeward.security.api;
