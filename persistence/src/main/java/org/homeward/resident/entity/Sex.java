package org.homeward.resident.entity;

public enum Sex {
  FEMALE,
  MALE,
  INTERSEX,
  NOT_RECORDED
}
