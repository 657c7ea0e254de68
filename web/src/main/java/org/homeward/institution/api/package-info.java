/** {@code /api/institutions}: the institution registry and its units, as JSON. */
package org.homeward.institution.api;
