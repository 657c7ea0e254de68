package org.homeward.api;

import org.homeward.problem.InvalidInputException;

/**
 * A request body that must be present. (Bean Validation annotations on resource parameters would
 * say the same, but Payara's OpenAPI generator fails on them, so the check is made here.)
 */
public final class Bodies {

  private Bodies() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "{body.required}");
    }
    return body;
  }
}
