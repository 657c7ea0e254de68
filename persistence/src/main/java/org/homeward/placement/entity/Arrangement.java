package org.homeward.placement.entity;

public enum Arrangement {
  INDEPENDENT_LIVING,
  SUPPORTED_HOUSING,
  SHARED_HOUSING,
  TRANSITIONAL_HOUSING,
  FAMILY_BASED,
  OTHER
}
