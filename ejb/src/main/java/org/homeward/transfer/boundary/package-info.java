/**
 * Handing a case over: a transfer to another worker or institution that the receiver accepts or
 * declines, and the bulk reassignment of a leaving worker's caseload.
 */
package org.homeward.transfer.boundary;
