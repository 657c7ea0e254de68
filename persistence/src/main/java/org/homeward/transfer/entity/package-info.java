/**
 * Transfers of a transition case: to another focal point worker, who accepts or declines, or to
 * another institution, whose committee accepts or declines.
 */
package org.homeward.transfer.entity;
