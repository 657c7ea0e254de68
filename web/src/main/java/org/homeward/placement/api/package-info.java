/** Where a person will live, under {@code /api/residents/{id}/living-options}, {@code /placement} and {@code /pre-move-discussions}. */
package org.homeward.placement.api;
