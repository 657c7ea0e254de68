package org.homeward.voice.entity;

/** How information reached the person. */
public enum Format {
  EASY_READ,
  BRAILLE,
  SIGN_LANGUAGE,
  AAC,
  SPOKEN,
  WRITTEN,
  OTHER
}
