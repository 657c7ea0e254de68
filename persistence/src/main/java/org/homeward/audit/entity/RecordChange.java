package org.homeward.audit.entity;

import java.util.Map;

/**
 * One created, changed or removed record, as captured at flush.
 *
 * @param changes attribute name to {@code [before, after]}; values of {@link Sensitive} fields are
 *     replaced by a marker
 */
public record RecordChange(
    AuditAction action, String recordType, Long recordId, Map<String, Object[]> changes) {}
