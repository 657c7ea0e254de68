package org.homeward.resident.entity;

/** How the person came to have their focal point worker: they chose them, or agreed to the one offered. */
public enum Consent {
  CHOSE,
  AGREED
}
