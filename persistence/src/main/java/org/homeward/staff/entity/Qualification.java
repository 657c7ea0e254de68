package org.homeward.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A qualification a staff member may hold, with a code that stays stable across translations. */
@Entity
@Table(name = "qualification")
public class Qualification extends ReferenceEntry implements Serializable {

  protected Qualification() {
    // for JPA
  }

  public Qualification(String code, String label, int position) {
    super(code, label, position);
  }

  /** A reference by code alone, as a request names it; the service swaps it for the stored one or refuses it. */
  public static Qualification ofCode(String code) {
    return new Qualification(code, null, 0);
  }

  @Override
  protected String labelPrefix() {
    return "staff.qualification.";
  }
}
