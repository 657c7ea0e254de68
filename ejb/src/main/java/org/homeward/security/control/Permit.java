package org.homeward.security.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.homeward.security.entity.Role;

/** The roles that may call a {@link Secured} use case; a method's Permit replaces its class's. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permit {

  Role[] value();
}
