/** The page of a person's family and social network and the people they want to live with. */
package org.homeward.network.web;
