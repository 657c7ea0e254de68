/** The page of where a person will live: options, the placement secured and the pre-move discussion. */
package org.homeward.placement.web;
