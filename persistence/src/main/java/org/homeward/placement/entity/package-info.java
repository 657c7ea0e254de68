/**
 * Where a person will live: the options explored with the person's view of each, the placement
 * secured (and whether it risks becoming a mini-institution), and the formal pre-move discussion
 * that confirms each service is in place.
 */
package org.homeward.placement.entity;
