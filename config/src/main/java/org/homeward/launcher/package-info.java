/**
 * The one-command start of Homeward: an embedded PostgreSQL (or an external one), then Payara Micro
 * with the WAR as a child process, both stopped cleanly on Ctrl-C or SIGTERM.
 */
package org.homeward.launcher;
