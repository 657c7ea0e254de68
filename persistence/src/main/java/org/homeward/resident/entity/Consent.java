package org.homeward.resident.entity;

/**
 * How the person came to have their focal point worker: they chose them, or agreed to the one
 * offered. {@link #TO_BE_ASKED} marks a worker given to the person without them (a bulk
 * reassignment when a worker leaves): the person has still to be asked, and until they choose or
 * agree the case is not ready to move.
 */
public enum Consent {
  CHOSE,
  AGREED,
  TO_BE_ASKED;

  /** Whether the person chose or agreed to the worker. */
  public boolean given() {
    return this == CHOSE || this == AGREED;
  }
}
