package org.homeward.rights.entity;

/** What was reported: abuse, neglect or violence. */
public enum IncidentKind {
  ABUSE,
  NEGLECT,
  VIOLENCE
}
