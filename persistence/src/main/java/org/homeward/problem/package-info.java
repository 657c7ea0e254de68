/**
 * Expected failures: the one family of exceptions that tell a person what went wrong and what to
 * change. Each carries a message key (resolved in the web layer, in the user's language) and, where
 * input was at fault, the fields concerned. They are EJB application exceptions that roll the
 * transaction back, so no partial write ever lands.
 */
package org.homeward.problem;
