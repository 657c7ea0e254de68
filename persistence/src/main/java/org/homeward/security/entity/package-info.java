/**
 * People who sign in to Homeward: their roles, the institutions they may see, their password hash
 * and the state that slows down guessing and ends sessions when an account is disabled.
 */
package org.homeward.security.entity;
