/** The needs assessment page of one person. */
package org.homeward.assessment.web;
