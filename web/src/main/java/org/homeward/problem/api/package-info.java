/**
 * How the API tells a client what went wrong: every expected failure, and every unexpected one,
 * answers with one {@code application/problem+json} shape (RFC 9457), naming each bad field. One
 * exception mapper per exception type; none ever sends a stack trace.
 */
package org.homeward.problem.api;
