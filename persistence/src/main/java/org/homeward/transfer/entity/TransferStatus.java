package org.homeward.transfer.entity;

/**
 * Where a transfer stands. It is offered ({@link #PENDING}) and answered once: accepted or declined
 * by the receiver, or withdrawn when the case was reassigned in the meantime.
 */
public enum TransferStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  WITHDRAWN
}
