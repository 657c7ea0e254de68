package org.homeward.problem;

import java.util.List;

/**
 * Base of every expected failure. Subclasses say what kind of failure it is (and so the HTTP status
 * the API answers with); the {@link #key()} says which message the user sees.
 */
public abstract class HomewardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<FieldError> fieldErrors;

  protected HomewardException(String key, List<FieldError> fieldErrors) {
    super(key);
    this.key = key;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /** Message key in the UI bundle, e.g. {@code problem.stale}. */
  public String key() {
    return key;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
