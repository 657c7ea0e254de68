/** The person's own record as a readable document. */
package org.homeward.personsrecord.web;
