package org.homeward.resident.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;

/**
 * A page about one person ({@code ?id=}): the record is read (and the read audited) through
 * {@link Residents}, which also decides whether the caller may see it; otherwise the page is the
 * not-found page. Subclasses load what else the page shows in {@link #reload}.
 */
public abstract class ResidentPageView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Residents residents;

  private Long id;
  private Resident resident;

  /** Loads the page's own records, after the person's record was read. */
  protected abstract void reload();

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Resident", null);
      }
      resident = residents.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Resident getResident() {
    return resident;
  }
}
