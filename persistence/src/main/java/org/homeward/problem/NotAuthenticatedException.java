package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A service call with no signed-in caller. */
@ApplicationException(rollback = true)
public class NotAuthenticatedException extends HomewardException {

  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super("problem.unauthenticated", List.of());
  }
}
