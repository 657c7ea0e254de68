package org.homeward.staff.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A course in rights-based and recovery-oriented practice (WHO guidance 2.4.2); administrators add courses of their own. */
@Entity
@Table(name = "training_course")
public class TrainingCourse extends ReferenceEntry implements Serializable {

  protected TrainingCourse() {
    // for JPA
  }

  public TrainingCourse(String code, String label, int position) {
    super(code, label, position);
  }

  /** A reference by code alone, as a request names it; the service swaps it for the stored one or refuses it. */
  public static TrainingCourse ofCode(String code) {
    return new TrainingCourse(code, null, 0);
  }

  @Override
  protected String labelPrefix() {
    return "staff.course.";
  }
}
