package org.homeward.transfer.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.resident.entity.Consent;

/**
 * An answer to a transfer: the transfer's {@code version}; to accept a case offered to a worker, the
 * person's {@code consent} (CHOSE or AGREED); to decline, the {@code reason}.
 */
public record AnswerJson(Long version, @Schema(implementation = Consent.class) String consent, String reason) {}
