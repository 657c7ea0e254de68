package org.homeward.rights.entity;

/** How a person was restrained: by hands, by a device, or by a drug given to restrain them. */
public enum RestraintType {
  PHYSICAL,
  MECHANICAL,
  CHEMICAL
}
