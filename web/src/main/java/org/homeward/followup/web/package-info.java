/** The follow-up visits of a person after the move. */
package org.homeward.followup.web;
