package org.homeward.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A course in rights-based and recovery-oriented practice (WHO guidance 2.4.2); administrators add courses of their own. */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

  public static final int CODE_MAX = 40;
  public static final int LABEL_MAX = 200;

  @Id
  @NotBlank
  @Size(max = CODE_MAX)
  @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{staff.code.pattern}")
  @Column(length = CODE_MAX)
  private String code;

  @NotBlank
  @Size(max = LABEL_MAX)
  @Column(nullable = false, length = LABEL_MAX)
  private String label;

  @Column(nullable = false)
  private int position;

  protected TrainingCourse() {
    // for JPA
  }

  public TrainingCourse(String code, String label, int position) {
    this.code = code;
    this.label = label;
    this.position = position;
  }

  /** A reference by code alone, as a request names it; the service swaps it for the stored one or refuses it. */
  public static TrainingCourse ofCode(String code) {
    return new TrainingCourse(code, null, 0);
  }

  /** The key of this TrainingCourse's label in the resource bundle, e.g. {@code staff.course.OTHER}. */
  public String labelKey() {
    return "staff.course." + code;
  }

  public String getCode() {
    return code;
  }

  /** The stored wording, shown where the bundle has no label for this code. */
  public String getLabel() {
    return label;
  }

  public int getPosition() {
    return position;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrainingCourse that && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
