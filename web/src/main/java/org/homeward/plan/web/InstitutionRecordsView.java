package org.homeward.plan.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;

/**
 * A page listing one kind of an institution's records, each added and edited in a dialog: the
 * consultation events, the buildings and land. Subclasses name the service calls and how a record
 * is copied into the dialog.
 *
 * @param <T> the record
 */
public abstract class InstitutionRecordsView<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private List<T> list;
  private T edited;
  private Long editedId;

  abstract List<T> records(long institutionId);

  abstract void addRecord(long institutionId, T draft);

  abstract void updateRecord(long institutionId, long recordId, T changed);

  abstract void removeRecord(long institutionId, long recordId);

  abstract T blank();

  /** A copy of {@code record} for the dialog, carrying the version it was read at. */
  abstract T copyOf(T record);

  abstract long idOf(T record);

  /** The message key prefix and the dialog form's id. */
  abstract String name();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      list = records(id);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  /** Whether the caller's role records these; the service checks role and scope again on every change. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public void create() {
    edited = blank();
    editedId = null;
  }

  public void edit(T selected) {
    edited = copyOf(selected);
    editedId = idOf(selected);
  }

  public void save() {
    try {
      if (editedId == null) {
        addRecord(id, edited);
      } else {
        updateRecord(id, editedId, edited);
      }
      edited = null;
      list = records(id);
      Problems.info(name() + ".saved");
    } catch (HomewardException e) {
      Problems.show(e, name() + "Form");
    }
  }

  public void remove(T selected) {
    try {
      removeRecord(id, idOf(selected));
      list = records(id);
      Problems.info(name() + ".removed");
    } catch (HomewardException e) {
      Problems.show(e, "listForm");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public List<T> getList() {
    return list;
  }

  public T getEdited() {
    return edited;
  }

  public boolean isEditing() {
    return editedId != null;
  }
}
