/**
 * What several nodes of a cluster must agree on through their one database: start-up work that runs
 * on one node only.
 */
package org.homeward.database.control;
