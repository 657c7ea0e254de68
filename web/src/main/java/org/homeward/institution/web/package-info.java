/** The institution pages: the lazy registry table, an institution with its units, the form. */
package org.homeward.institution.web;
