package org.homeward.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;

/**
 * Keys the application makes itself and keeps in the database, so that every node of a cluster
 * shares them (the API token signing key). Created on first use; two nodes starting at once agree on
 * whichever was stored first.
 */
@Dependent
public class Secrets {

  private static final int KEY_BYTES = 32;

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public byte[] key(String name) {
    byte[] fresh = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into app_secret (name, secret) values (?1, ?2) on conflict (name) do nothing")
        .setParameter(1, name)
        .setParameter(2, fresh)
        .executeUpdate();
    return (byte[])
        em.createNativeQuery("select secret from app_secret where name = ?1").setParameter(1, name).getSingleResult();
  }
}
