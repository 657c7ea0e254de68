/**
 * The database itself: where the application's data source is defined, the schema migration that
 * runs before anything else touches it, readiness, and paging shared by every list.
 */
package org.homeward.database.boundary;
