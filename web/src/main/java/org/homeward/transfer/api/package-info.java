/**
 * Case transfers under {@code /api/residents/{id}/transfers} and {@code /api/transfers}, and the
 * bulk reassignment under {@code /api/institutions/{id}/focal-points}.
 */
package org.homeward.transfer.api;
