package org.homeward.transfer.api;

import org.homeward.transfer.boundary.WorkerLoad;

/** A focal point worker with their active cases at the institution, and whether they may be given more there. */
public record WorkerLoadJson(Long workerId, String name, long activeCases, boolean mayReceive) {

  static WorkerLoadJson of(WorkerLoad load) {
    return new WorkerLoadJson(load.worker().getId(), load.worker().getDisplayName(), load.activeCases(), load.mayReceive());
  }
}
