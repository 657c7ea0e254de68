package org.homeward;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeward.staff.boundary.Redeployment;
import org.homeward.staff.entity.StaffApplication;

/**
 * Appraisals run on threads of their own, each in its own transaction and as the caller who started
 * it (an asynchronous call carries the caller), all released at once by a shared barrier: a race
 * the test can start on purpose.
 */
@Stateless
public class Acceptances {

  @Inject Redeployment redeployment;

  @Asynchronous
  public Future<Long> appraiseWhenAllAreReady(CyclicBarrier start, long staffId, long applicationId, StaffApplication appraisal)
      throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return new AsyncResult<>(redeployment.appraise(staffId, applicationId, appraisal).getId());
  }
}
