/** The person's supporters for supported decision-making, and the information given to them. */
package org.homeward.voice.boundary;
