package org.homeward.transfer.entity;

/** Where a case is transferred: to another focal point worker, or to another institution. */
public enum TransferKind {
  WORKER,
  INSTITUTION
}
