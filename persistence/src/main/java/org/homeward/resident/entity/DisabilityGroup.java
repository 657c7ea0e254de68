package org.homeward.resident.entity;

/** The disability a person identifies with, as they say it, for figures broken down by disability; the words stay in the record. */
public enum DisabilityGroup {
  PSYCHOSOCIAL,
  INTELLECTUAL,
  PHYSICAL,
  SENSORY,
  MULTIPLE,
  OTHER,
  NOT_RECORDED
}
