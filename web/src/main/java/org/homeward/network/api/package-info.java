/**
 * A person's network under {@code /api/residents/{id}/contacts} and {@code /live-together}; an
 * institution's pairs under {@code /api/institutions/{id}/live-together}.
 */
package org.homeward.network.api;
