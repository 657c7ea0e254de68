/** Pages for transfers: the offers a worker or committee answers, a person's transfers, and the bulk reassignment. */
package org.homeward.transfer.web;
