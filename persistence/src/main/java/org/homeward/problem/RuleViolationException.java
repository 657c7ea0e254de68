package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A well-formed request that a rule of the domain refuses, such as closing an institution that
 * still has residents. The key names the rule; the message explains why it exists.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends HomewardException {

  private static final long serialVersionUID = 1L;

  public RuleViolationException(String key) {
    super(key, List.of());
  }

  public RuleViolationException(String key, String field, String message) {
    super(key, List.of(new FieldError(field, message)));
  }

  /** A refusal with several reasons, each named as a field error (e.g. every safeguard still missing). */
  public RuleViolationException(String key, List<FieldError> reasons) {
    super(key, reasons);
  }
}
