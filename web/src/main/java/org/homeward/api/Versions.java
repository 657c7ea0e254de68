package org.homeward.api;

import org.homeward.problem.InvalidInputException;

/** Every update names the version it was based on, so that a stale edit can be refused. */
public final class Versions {

  private Versions() {}

  public static long required(Long version) {
    if (version == null) {
      throw new InvalidInputException("version", "{version.required}");
    }
    return version;
  }
}
