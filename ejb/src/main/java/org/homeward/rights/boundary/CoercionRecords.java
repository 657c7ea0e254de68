package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.control.CoercionRates;
import org.homeward.rights.control.PublishedCounts;
import org.homeward.rights.control.RightsAccess;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.control.WardBookCsv;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoercionFacts;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Coercive practice in an institution that still runs (WHO guidance, strategy 2.4.2: rights must
 * improve now, not when the institution closes). The committee and the focal points of the
 * institution record each event; a wrong record is corrected, never deleted. The ministry receives
 * the rates only, with small counts withheld.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class CoercionRecords {

  /** The longest period one request for rates may span. */
  public static final int MONTHS_MAX = 36;

  @Inject RightsRepository repository;
  @Inject RightsAccess access;
  @Inject InstitutionRepository institutions;
  @Inject ResidentRepository residents;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "homeward.monitoring.small-count", defaultValue = "4")
  int smallCell;

  /** The events that started in the months {@code first} to {@code last} that the caller may see, latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<CoerciveEvent> events(@InScope long institutionId, YearMonth first, YearMonth last) {
    institution(institutionId);
    requirePeriod(first, last);
    return repository.events(institutionId, first, last).stream().filter(access::maySee).toList();
  }

  @RecordsRead(AuditAction.READ)
  public CoerciveEvent event(long eventId) {
    CoerciveEvent event = access.event(eventId);
    event.getCorrections().size();
    return event;
  }

  /** The people living in the institution now whom the caller may name in an event (a focal point: those they accompany). */
  @RecordsRead(AuditAction.SEARCH)
  public List<Resident> residentsNow(@InScope long institutionId) {
    institution(institutionId);
    return repository.residentsNow(institutionId).stream().filter(access::maySee).toList();
  }

  /** Records an event in a unit and, where known, to a resident of the institution. */
  public CoerciveEvent record(@InScope long institutionId, CoercionFacts draft, Long unitId, Long residentId) {
    Institution institution = institution(institutionId);
    InvalidInputException.throwIfAny(validator.validate(draft), check(institution, draft, unitId, residentId));
    return repository.add(new CoerciveEvent(institution, draft, caller.name(), clock.instant()));
  }

  /**
   * Adds every row of a ward book in CSV that is right in every field and reports every other row
   * with all its reasons; a row is checked whole before anything of it is stored. Units are named as
   * in the institution, residents by their identifier.
   */
  public WardBookReport importWardBook(@InScope long institutionId, String csv) {
    Institution institution = institution(institutionId);
    List<WardBookCsv.Row> rows = WardBookCsv.read(csv);
    Map<String, Unit> units = new java.util.HashMap<>();
    institution.getUnits().forEach(u -> units.put(u.getName().strip().toLowerCase(java.util.Locale.ROOT), u));
    LocalDateTime now = LocalDateTime.now(clock);
    List<CoerciveEvent> added = new ArrayList<>();
    List<List<FieldError>> errorsByRow = new ArrayList<>();
    for (WardBookCsv.Row row : rows) {
      List<FieldError> errors = new ArrayList<>(row.errors());
      CoercionFacts facts = row.draft();
      if (row.unit() != null) {
        Unit unit = units.get(row.unit().strip().toLowerCase(java.util.Locale.ROOT));
        if (unit == null) {
          errors.add(new FieldError("unit", "no unit of this institution is called " + row.unit()));
        }
        facts.setUnit(unit);
      }
      if (row.resident() != null) {
        Resident person = repository.residentByIdentifier(institutionId, row.resident()).filter(access::maySee).orElse(null);
        if (person == null) {
          errors.add(new FieldError("resident", "no resident of this institution has the identifier " + row.resident()));
        }
        facts.setResident(person);
      }
      if (errors.stream().noneMatch(e -> e.field().equals("row"))) {
        java.util.stream.Stream.concat(
                validator.validate(facts).stream().map(v -> new FieldError(WardBookCsv.columnOf(v.getPropertyPath().toString()), v.getMessage())),
                facts.crossFieldErrors(now).stream().map(e -> new FieldError(WardBookCsv.columnOf(e.field()), e.message())))
            .filter(v -> errors.stream().noneMatch(e -> e.field().equals(v.field())))
            .forEach(errors::add);
      }
      CoerciveEvent event = null;
      if (errors.isEmpty()) {
        event = repository.add(new CoerciveEvent(institution, facts, caller.name(), clock.instant()));
      }
      added.add(event);
      errorsByRow.add(errors);
    }
    repository.flush();
    List<WardBookReport.RowResult> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CoercionFacts facts = rows.get(i).draft();
      results.add(new WardBookReport.RowResult(rows.get(i).line(), facts.getStartedAt() == null ? null : facts.getStartedAt().toString(),
          added.get(i) == null ? null : added.get(i).getId(), errorsByRow.get(i)));
    }
    return new WardBookReport(results);
  }

  /** Replaces an event's facts with {@code corrected}, keeping the facts replaced with who corrected them and why. */
  public CoerciveEvent correct(long eventId, long version, CoercionFacts corrected, Long unitId, Long residentId, String why) {
    CoerciveEvent event = access.event(eventId);
    StaleRecordException.requireVersion(event.getVersion(), version);
    List<FieldError> errors = check(event.getInstitution(), corrected, unitId, residentId);
    if (why == null || why.isBlank()) {
      errors.add(new FieldError("why", "{rights.coercion.correction.why}"));
    }
    InvalidInputException.throwIfAny(validator.validate(corrected), errors);
    event.correct(corrected, why, caller.name(), clock.instant());
    repository.flush();
    return event;
  }

  /** Records whether the person gave their own account of the event, declined to, or has not been asked. */
  public CoerciveEvent recordAccount(long eventId, long version, AccountChoice choice, String account) {
    CoerciveEvent event = access.event(eventId);
    StaleRecordException.requireVersion(event.getVersion(), version);
    event.recordAccount(choice, account);
    repository.flush();
    return event;
  }

  /**
   * The institution's coercive practice month by month, per 1,000 resident-days. Whoever may not
   * read the institution's records (the ministry) receives it with small counts withheld.
   */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT, Role.MINISTRY})
  public CoercionFigures figures(@InScope long institutionId, YearMonth first, YearMonth last) {
    institution(institutionId);
    requirePeriod(first, last);
    LocalDate today = LocalDate.now(clock);
    List<CoercionRates.Month> months = CoercionRates.monthly(repository.stays(institutionId),
        repository.rateEvents(institutionId, first, last), first, last, today);
    if (mayReadRecords()) {
      return new CoercionFigures(false, smallCell, months.stream().map(CoercionRecords::shown).toList());
    }
    return new CoercionFigures(true, smallCell, suppressed(months, new SmallCellSuppression(smallCell)));
  }

  private boolean mayReadRecords() {
    var account = caller.require();
    return account.hasRole(Role.ADMIN) || account.hasRole(Role.COMMITTEE) || account.hasRole(Role.FOCAL_POINT);
  }

  private static CoercionFigures.Month shown(CoercionRates.Month m) {
    return new CoercionFigures.Month(m.month(), m.residentDays(), m.events(), m.perThousand(), m.total(), m.totalPerThousand(),
        m.seclusionHours(), m.restraintHours());
  }

  /**
   * The months as one table of months by kind, published through the one small-cell rule: a count
   * small or withheld is {@code null} with its rate; a month's total likewise; the hours of seclusion
   * or of restraint when a count of theirs is withheld.
   */
  static List<CoercionFigures.Month> suppressed(List<CoercionRates.Month> months, SmallCellSuppression rule) {
    CoercionKind[] kinds = CoercionKind.values();
    long[][] cells = new long[months.size()][kinds.length];
    for (int i = 0; i < months.size(); i++) {
      for (int j = 0; j < kinds.length; j++) {
        cells[i][j] = months.get(i).events().getOrDefault(kinds[j], 0L);
      }
    }
    PublishedCounts.Grid grid = PublishedCounts.grid(cells, rule);
    List<CoercionFigures.Month> shown = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      CoercionRates.Month m = months.get(i);
      Map<CoercionKind, Long> counts = new EnumMap<>(CoercionKind.class);
      Map<CoercionKind, BigDecimal> rates = new EnumMap<>(CoercionKind.class);
      for (int j = 0; j < kinds.length; j++) {
        Long count = grid.cells()[i][j];
        counts.put(kinds[j], count);
        rates.put(kinds[j], count == null ? null : m.perThousand().get(kinds[j]));
      }
      boolean restraintWithheld = counts.entrySet().stream().anyMatch(e -> e.getKey().restraint() && e.getValue() == null);
      Long total = grid.rowTotals()[i];
      shown.add(new CoercionFigures.Month(m.month(), m.residentDays(), counts, rates, total, total == null ? null : m.totalPerThousand(),
          counts.get(CoercionKind.SECLUSION) == null ? null : m.seclusionHours(), restraintWithheld ? null : m.restraintHours()));
    }
    return shown;
  }

  /** Bean Validation aside: the unit and the person belong to the institution, and the rules across fields hold. */
  private List<FieldError> check(Institution institution, CoercionFacts facts, Long unitId, Long residentId) {
    List<FieldError> errors = new ArrayList<>(facts.crossFieldErrors(LocalDateTime.now(clock)));
    Unit unit = null;
    if (unitId != null) {
      unit = institutions.findUnit(institution.getId(), unitId).orElse(null);
      if (unit == null) {
        errors.add(new FieldError("unitId", "{rights.coercion.unit.unknown}"));
      }
    }
    Resident person = null;
    if (residentId != null) {
      person = residents.find(residentId).filter(r -> r.getInstitution().getId().equals(institution.getId()))
          .filter(access::maySee).orElse(null);
      if (person == null) {
        errors.add(new FieldError("residentId", "{rights.coercion.resident.unknown}"));
      }
    }
    facts.setUnit(unit);
    facts.setResident(person);
    return errors;
  }

  private static void requirePeriod(YearMonth first, YearMonth last) {
    if (first == null || last == null || last.isBefore(first) || first.plusMonths(MONTHS_MAX - 1).isBefore(last)) {
      throw new InvalidInputException("from", "{rights.month.range}");
    }
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}
