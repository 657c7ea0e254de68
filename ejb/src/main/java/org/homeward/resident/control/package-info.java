/** Queries of residents, always narrowed to what the caller may see. */
package org.homeward.resident.control;
