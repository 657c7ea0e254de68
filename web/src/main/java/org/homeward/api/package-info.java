/** The JAX-RS application under {@code /api} and what all its resources share. */
package org.homeward.api;
