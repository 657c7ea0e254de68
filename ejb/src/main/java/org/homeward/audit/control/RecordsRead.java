package org.homeward.audit.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.homeward.audit.entity.AuditAction;

/**
 * Marks a method of an {@link Audited} use case that hands out records. A single record returned is
 * audited as a {@code READ} of it; a page or list as a {@code SEARCH} (or the action given) with the
 * number of records and the identifiers on it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RecordsRead {

  /** {@link AuditAction#READ}, {@link AuditAction#SEARCH}, {@link AuditAction#EXPORT} or {@link AuditAction#PRINT}. */
  AuditAction value() default AuditAction.READ;
}
