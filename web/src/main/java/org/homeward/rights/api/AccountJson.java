package org.homeward.rights.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.rights.entity.AccountChoice;

/** Whether the person gave their own account of an event (in their words) or declined to; with the version last read. */
public record AccountJson(Long version, @Schema(implementation = AccountChoice.class) String accountChoice, String ownAccount) {}
