/** The transition case pages: an institution's residents, a person's record and case, the editing form and the caseload. */
package org.homeward.resident.web;
