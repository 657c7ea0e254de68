/** Where a person will live: options and the person's view of them, the placement secured, the pre-move discussion. */
package org.homeward.placement.boundary;
