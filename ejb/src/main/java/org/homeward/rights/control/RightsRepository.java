package org.homeward.rights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
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
    return complaints(List.of(institutionId), since).getOrDefault(institutionId, List.of());
  }

  /** As {@link #complaints(long, LocalDate)}, for several institutions at once, by institution. */
  public Map<Long, List<Complaint>> complaints(Collection<Long> institutionIds, LocalDate since) {
    return byInstitution(em.createQuery("select c.institution.id, c from Complaint c where c.institution.id in :ids"
            + " and (c.receivedOn >= :since or c.status in :open) order by c.receivedOn desc, c.id desc", Object[].class)
        .setParameter("ids", institutionIds).setParameter("since", since)
        .setParameter("open", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.UNDER_REVIEW)).getResultList(), row -> (Complaint) row[1]);
  }

  /** Every event that started before the end of {@code last} and lasted into {@code first} or started after its beginning. */
  public List<CoercionRates.Event> rateEvents(long institutionId, YearMonth first, YearMonth last) {
    return rateEvents(institutionId, null, first, last);
  }

  /** As {@link #rateEvents(long, YearMonth, YearMonth)}, in one unit of the institution when {@code unitId} is given. */
  public List<CoercionRates.Event> rateEvents(long institutionId, Long unitId, YearMonth first, YearMonth last) {
    return rateEvents(List.of(institutionId), unitId, first, last).getOrDefault(institutionId, List.of());
  }

  /** As {@link #rateEvents(long, YearMonth, YearMonth)}, for several institutions at once, by institution. */
  public Map<Long, List<CoercionRates.Event>> rateEvents(Collection<Long> institutionIds, YearMonth first, YearMonth last) {
    return rateEvents(institutionIds, null, first, last);
  }

  private Map<Long, List<CoercionRates.Event>> rateEvents(Collection<Long> institutionIds, Long unitId, YearMonth first, YearMonth last) {
    LocalDateTime from = first.atDay(1).atStartOfDay();
    var query = em.createQuery("select e.institution.id, e.facts.category, e.facts.restraintType, e.facts.startedAt, e.facts.endedAt"
            + " from CoerciveEvent e where e.institution.id in :ids and e.facts.startedAt < :to"
            + " and (e.facts.startedAt >= :from or e.facts.endedAt > :from)" + (unitId == null ? "" : " and e.facts.unit.id = :unit"),
            Object[].class);
    if (unitId != null) {
      query.setParameter("unit", unitId);
    }
    return byInstitution(query.setParameter("ids", institutionIds).setParameter("from", from)
            .setParameter("to", last.plusMonths(1).atDay(1).atStartOfDay()).getResultList(),
        row -> new CoercionRates.Event(CoercionKind.of((CoercionCategory) row[1], (RestraintType) row[2]),
            (LocalDateTime) row[3], (LocalDateTime) row[4]));
  }

  /** The stays of everyone whose case belongs to the institution, from their status histories. */
  public List<ResidentDays.Stay> stays(long institutionId) {
    return stays(List.of(institutionId)).getOrDefault(institutionId, List.of());
  }

  /** As {@link #stays(long)}, for several institutions at once, by institution. */
  public Map<Long, List<ResidentDays.Stay>> stays(Collection<Long> institutionIds) {
    Map<Long, Map<Long, List<ResidentDays.Step>>> histories = new HashMap<>();
    em.createQuery("select c.resident.institution.id, c.resident.id, c.toStatus, c.effectiveOn from StatusChange c"
            + " where c.resident.institution.id in :ids order by c.resident.id, c.effectiveOn, c.recordedAt, c.id", Object[].class)
        .setParameter("ids", institutionIds).getResultList()
        .forEach(row -> histories.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).computeIfAbsent((Long) row[1], k -> new ArrayList<>())
            .add(new ResidentDays.Step((LocalDate) row[3], ((ResidentStatus) row[2]).inInstitution())));
    Map<Long, List<ResidentDays.Stay>> stays = new HashMap<>();
    histories.forEach((institution, people) -> stays.put(institution,
        people.values().stream().flatMap(h -> ResidentDays.stays(h).stream()).toList()));
    return stays;
  }

  /** Reports of abuse, neglect or violence that happened from {@code since} on, latest first. */
  public List<Incident> incidents(long institutionId, LocalDate since) {
    return em.createQuery("select i from Incident i where i.institution.id = :id and i.occurredOn >= :since"
            + " order by i.occurredOn desc, i.id desc", Incident.class)
        .setParameter("id", institutionId).setParameter("since", since).getResultList();
  }

  /** Deaths from {@code since} on, latest first. */
  public List<Death> deaths(long institutionId, LocalDate since) {
    return deaths(List.of(institutionId), since).getOrDefault(institutionId, List.of());
  }

  /** As {@link #deaths(long, LocalDate)}, for several institutions at once, by institution. */
  public Map<Long, List<Death>> deaths(Collection<Long> institutionIds, LocalDate since) {
    return byInstitution(em.createQuery("select d.institution.id, d from Death d where d.institution.id in :ids and d.diedOn >= :since"
            + " order by d.diedOn desc, d.id desc", Object[].class)
        .setParameter("ids", institutionIds).setParameter("since", since).getResultList(), row -> (Death) row[1]);
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

  /** The latest assessment of each of the institutions that has one, by institution. */
  public Map<Long, QualityRightsAssessment> latestAssessments(Collection<Long> institutionIds) {
    Map<Long, QualityRightsAssessment> latest = new HashMap<>();
    em.createQuery("select a from QualityRightsAssessment a where a.institution.id in :ids order by a.assessedOn, a.id",
            QualityRightsAssessment.class)
        .setParameter("ids", institutionIds).setHint(QueryHints.BATCH, "a.scores").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
        .getResultList().forEach(a -> latest.put(a.getInstitution().getId(), a));
    return latest;
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

  private static <T> Map<Long, List<T>> byInstitution(List<Object[]> rows, Function<Object[], T> value) {
    Map<Long, List<T>> grouped = new HashMap<>();
    rows.forEach(row -> grouped.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(value.apply(row)));
    return grouped;
  }
}
