package org.homeward.network.entity;

public enum Relationship {
  FAMILY_MEMBER,
  FRIEND,
  NEIGHBOUR,
  PEER,
  OTHER
}
