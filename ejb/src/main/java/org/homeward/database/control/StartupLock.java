package org.homeward.database.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;

/**
 * Start-up work of the kind "if the database is still empty, fill it" (the first administrator, the
 * demo data) checks and writes in one transaction. On one node that is enough; two nodes of a cluster
 * starting at the same moment would both find the database empty and both fill it. Holding this lock
 * first makes the second node wait until the first has committed, and then find the work done.
 *
 * <p>A PostgreSQL advisory lock, scoped to the caller's transaction: released at its commit or
 * rollback, and by the server if the node dies, so a killed node never leaves it held. The schema
 * migrations need nothing of the kind: Flyway takes a lock of its own on PostgreSQL.
 */
@Dependent
public class StartupLock {

  private static final Pattern JOB = Pattern.compile("[a-z]+(-[a-z]+)*");

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** Waits until no other node runs {@code job}, and holds that until this transaction ends. */
  public void hold(String job) {
    if (!JOB.matcher(job).matches()) {
      throw new IllegalArgumentException("a start-up job is named in lower case letters and hyphens, not " + job);
    }
    // An update, not a select: EclipseLink runs updates on the transaction's own connection (and the
    // reads after them too), where a select may go to another connection and release the lock at once.
    em.createNativeQuery("do $$ begin perform pg_advisory_xact_lock(hashtext('homeward.startup." + job + "')); end $$")
        .executeUpdate();
  }
}
