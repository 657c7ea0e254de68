package org.homeward.network.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.homeward.network.entity.Contact;
import org.homeward.network.entity.LiveTogetherLink;

@Dependent
public class NetworkRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  public List<Contact> contacts(long residentId) {
    return em.createQuery("select c from Contact c where c.resident.id = :id order by c.name, c.id", Contact.class)
        .setParameter("id", residentId).getResultList();
  }

  /** The person's current links, earliest first. */
  public List<LiveTogetherLink> currentLinks(long residentId) {
    return em.createQuery("select l from LiveTogetherLink l where (l.first.id = :id or l.second.id = :id) and l.endedOn is null"
            + " order by l.recordedOn, l.id", LiveTogetherLink.class)
        .setParameter("id", residentId).getResultList();
  }

  /** The institution's current links, earliest first. */
  public List<LiveTogetherLink> currentLinksIn(long institutionId) {
    return em.createQuery("select l from LiveTogetherLink l where l.first.institution.id = :id and l.endedOn is null"
            + " order by l.recordedOn, l.id", LiveTogetherLink.class)
        .setParameter("id", institutionId).getResultList();
  }

  public boolean linked(long residentId, long partnerId) {
    return currentLinks(residentId).stream().anyMatch(l -> l.involves(partnerId));
  }

  public Optional<LiveTogetherLink> link(long linkId) {
    return Optional.ofNullable(em.find(LiveTogetherLink.class, linkId));
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }
}
