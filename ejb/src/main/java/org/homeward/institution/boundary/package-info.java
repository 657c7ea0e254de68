/** The institution registry: listing, viewing, registering and editing institutions and their units. */
package org.homeward.institution.boundary;
