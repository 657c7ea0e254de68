/** A person's family and social network, and residents who want to live together. */
package org.homeward.network.boundary;
