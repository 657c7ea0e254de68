/**
 * The person's family and social network: the people they know, whether they want contact and how
 * (re)establishing it goes; and residents who want to live together, with a warning while their homes differ.
 */
package org.homeward.network.entity;
