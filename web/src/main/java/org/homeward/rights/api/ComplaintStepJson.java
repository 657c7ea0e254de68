package org.homeward.rights.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.rights.entity.ComplaintStatus;

/** A complaint's next step: its status, the date, and for an answer its text or for an escalation the body it went to. */
public record ComplaintStepJson(Long version, @Schema(implementation = ComplaintStatus.class) String status, LocalDate on, String text) {}
