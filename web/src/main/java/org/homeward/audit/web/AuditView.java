package org.homeward.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.homeward.audit.boundary.AuditQuery;
import org.homeward.audit.boundary.AuditTrail;
import org.homeward.audit.entity.AuditAction;
import org.homeward.audit.entity.AuditEntry;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Searches the audit trail by user, record, action and day range; newest first, paged in the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  private String actor;
  private String recordType;
  private String recordId;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private LazyDataModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model = new LazyDataModel<>() {
      private static final long serialVersionUID = 1L;
      private transient Page<AuditEntry> last;

      @Override
      public int count(Map<String, FilterMeta> filters) {
        return (int) trail.search(query(), PageRequest.of(0, 1)).total();
      }

      @Override
      public List<AuditEntry> load(int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        last = trail.search(query(), PageRequest.of(first, size));
        return last.items();
      }

      @Override
      public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.getId());
      }
    };
  }

  /** The page is for administrators only; anyone else gets the not-found page (and a denial in the trail). */
  public void check() {
    try {
      trail.search(AuditQuery.all(), PageRequest.of(0, 1));
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private AuditQuery query() {
    ZoneId zone = ZoneId.systemDefault();
    return new AuditQuery(actor, recordType, recordId, action,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public void clear() {
    actor = null;
    recordType = null;
    recordId = null;
    action = null;
    from = null;
    to = null;
  }

  public LazyDataModel<AuditEntry> getModel() {
    return model;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getRecordType() {
    return recordType;
  }

  public void setRecordType(String recordType) {
    this.recordType = recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
