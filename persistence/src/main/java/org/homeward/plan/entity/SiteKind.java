package org.homeward.plan.entity;

public enum SiteKind {
  BUILDING,
  LAND
}
