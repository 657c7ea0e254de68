package org.homeward.supportplan.api;

import java.time.LocalDate;

/** Agrees a draft: the version read and the day the person agreed it. */
public record AgreementJson(Long version, LocalDate agreedOn) {}
