/**
 * The access checks every use case goes through ({@link org.homeward.security.control.Secured},
 * {@link org.homeward.security.control.Permit}, {@link org.homeward.security.control.InScope}),
 * the signed-in caller, password hashing and policy, and the signing of API tokens.
 */
package org.homeward.security.control;
