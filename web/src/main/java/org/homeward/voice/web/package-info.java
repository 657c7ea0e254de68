/** The page of the person's supporters and the information given to them. */
package org.homeward.voice.web;
