/**
 * The person's voice in their own case: the supporters they chose for supported decision-making,
 * and the information given to them about the process in the accessible format they need,
 * including visits to the places they might live.
 */
package org.homeward.voice.entity;
