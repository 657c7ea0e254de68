package org.homeward.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.security.entity.UserAccount;

@Dependent
public class UserRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** No account's name holds a NUL character, which PostgreSQL cannot even compare: such a name finds none. */
  public Optional<UserAccount> findByUsername(String username) {
    if (username == null || username.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normalize(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public boolean usernameTaken(String username) {
    return findByUsername(username).isPresent();
  }

  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  public Page<UserAccount> list(PageRequest page) {
    return new Page<>(
        em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList(),
        count());
  }

  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }

  /** Whether every id names an existing institution. */
  public boolean institutionsExist(java.util.Set<Long> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    Long found = em.createQuery("select count(i) from Institution i where i.id in :ids", Long.class)
        .setParameter("ids", ids)
        .getSingleResult();
    return found == ids.size();
  }
}
