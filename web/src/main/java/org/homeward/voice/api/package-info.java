/** Supporters and information given, under {@code /api/residents/{id}/supporters} and {@code /information}. */
package org.homeward.voice.api;
