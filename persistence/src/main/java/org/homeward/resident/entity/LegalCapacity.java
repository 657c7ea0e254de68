package org.homeward.resident.entity;

/** A person's legal capacity as the law currently records it: a fact, not a judgement of ability. */
public enum LegalCapacity {
  FULL,
  PARTIALLY_RESTRICTED,
  FULLY_RESTRICTED,
  UNDER_REVIEW
}
