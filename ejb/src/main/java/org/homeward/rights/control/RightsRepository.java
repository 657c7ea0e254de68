package org.homeward.rights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintStatus;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.Incident;
import org.homeward.rights.entity.LegalStatusChange;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsStandard;
import org.homeward.rights.entity.RestraintType;

@Dependent
public class RightsRepository {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  /** The events that started in {@code first} to {@code last}, latest first. */
  public List<CoerciveEvent> events(long institutionId, YearMonth first, YearMonth last) {
    return em.createQuery("select e from CoerciveEvent e where e.institution.id = :id and e.facts.startedAt >= :from"
            + " and e.facts.startedAt < :to order by e.facts.startedAt desc, e.id desc", CoerciveEvent.class)
        .setParameter("id", institutionId).setParameter("from", first.atDay(1).atStartOfDay())
        .setParameter("to", last.plusMonths(1).atDay(1).atStartOfDay()).getResultList();
  }

  public <T> Optional<T> find(Class<T> type, long id) {
    return Optional.ofNullable(em.find(type, id));
  }

  /** The complaints received from {@code since} on, and every one still waiting for its answer, latest first. */
  public List<Complaint> complaints(long institutionId, LocalDate since) {
    return em.createQuery("select c from Complaint c where c.institution.id = :id and (c.receivedOn >= :since or c.status in :open)"
            + " order by c.receivedOn desc, c.id desc", Complaint.class)
        .setParameter("id", institutionId).setParameter("since", since)
        .setParameter("open", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.UNDER_REVIEW)).getResultList();
  }

  /** Every event that started before the end of {@code last} and lasted into {@code first} or started after its beginning. */
  public List<CoercionRates.Event> rateEvents(long institutionId, YearMonth first, YearMonth last) {
    return rateEvents(institutionId, null, first, last);
  }

  /** As {@link #rateEvents(long, YearMonth, YearMonth)}, in one unit of the institution when {@code unitId} is given. */
  public List<CoercionRates.Event> rateEvents(long institutionId, Long unitId, YearMonth first, YearMonth last) {
    LocalDateTime from = first.atDay(1).atStartOfDay();
    var query = em.createQuery("select e.facts.category, e.facts.restraintType, e.facts.startedAt, e.facts.endedAt from CoerciveEvent e"
            + " where e.institution.id = :id and e.facts.startedAt < :to and (e.facts.startedAt >= :from or e.facts.endedAt > :from)"
            + (unitId == null ? "" : " and e.facts.unit.id = :unit"),
            Object[].class);
    if (unitId != null) {
      query.setParameter("unit", unitId);
    }
    return query
        .setParameter("id", institutionId).setParameter("from", from)
        .setParameter("to", last.plusMonths(1).atDay(1).atStartOfDay()).getResultList().stream()
        .map(row -> new CoercionRates.Event(CoercionKind.of((CoercionCategory) row[0], (RestraintType) row[1]),
            (LocalDateTime) row[2], (LocalDateTime) row[3]))
        .toList();
  }

  /** The stays of everyone whose case belongs to the institution, from their status histories. */
  public List<ResidentDays.Stay> stays(long institutionId) {
    Map<Long, List<ResidentDays.Step>> histories = new LinkedHashMap<>();
    em.createQuery("select c.resident.id, c.toStatus, c.effectiveOn from StatusChange c where c.resident.institution.id = :id"
            + " order by c.resident.id, c.effectiveOn, c.recordedAt, c.id", Object[].class)
        .setParameter("id", institutionId).getResultList()
        .forEach(row -> histories.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
            .add(new ResidentDays.Step((LocalDate) row[2], ((ResidentStatus) row[1]).inInstitution())));
    return histories.values().stream().flatMap(h -> ResidentDays.stays(h).stream()).toList();
  }

  /** Reports of abuse, neglect or violence that happened from {@code since} on, latest first. */
  public List<Incident> incidents(long institutionId, LocalDate since) {
    return em.createQuery("select i from Incident i where i.institution.id = :id and i.occurredOn >= :since"
            + " order by i.occurredOn desc, i.id desc", Incident.class)
        .setParameter("id", institutionId).setParameter("since", since).getResultList();
  }

  /** Deaths from {@code since} on, latest first. */
  public List<Death> deaths(long institutionId, LocalDate since) {
    return em.createQuery("select d from Death d where d.institution.id = :id and d.diedOn >= :since order by d.diedOn desc, d.id desc",
            Death.class)
        .setParameter("id", institutionId).setParameter("since", since).getResultList();
  }

  /** The resident of the institution with this identifier (letter case aside). */
  public Optional<Resident> residentByIdentifier(long institutionId, String identifier) {
    return em.createQuery("select r from Resident r where r.institution.id = :id and lower(r.identifier) = lower(:identifier)", Resident.class)
        .setParameter("id", institutionId).setParameter("identifier", identifier.strip()).getResultStream().findFirst();
  }

  /** Every QualityRights standard by code, in the toolkit's order. */
  public Map<String, QualityRightsStandard> standards() {
    Map<String, QualityRightsStandard> standards = new LinkedHashMap<>();
    em.createQuery("select s from QualityRightsStandard s order by s.position, s.code", QualityRightsStandard.class).getResultList()
        .forEach(s -> standards.put(s.getCode(), s));
    return standards;
  }

  /** Oldest first, so that they compare left to right. */
  public List<QualityRightsAssessment> assessments(long institutionId) {
    return em.createQuery("select a from QualityRightsAssessment a where a.institution.id = :id order by a.assessedOn, a.id",
            QualityRightsAssessment.class).setParameter("id", institutionId).getResultList();
  }

  /** The people who live in the institution now, by name: whom an event can be recorded for. */
  public List<Resident> residentsNow(long institutionId) {
    return em.createQuery("select r from Resident r where r.institution.id = :id order by r.familyName, r.givenName, r.id", Resident.class)
        .setParameter("id", institutionId).getResultList().stream().filter(r -> r.getStatus().inInstitution()).toList();
  }

  /** Oldest first. */
  public List<LegalStatusChange> legalStatuses(long residentId) {
    return em.createQuery("select s from LegalStatusChange s where s.resident.id = :id order by s.since, s.recordedAt, s.id",
            LegalStatusChange.class).setParameter("id", residentId).getResultList();
  }

  public <T> T add(T record) {
    em.persist(record);
    return record;
  }

  public void flush() {
    em.flush();
  }
}
