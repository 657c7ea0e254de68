package org.homeward.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An entry of staff reference data (a qualification, a training course): a code that stays stable
 * across translations, the stored wording shown where the bundle has no label, and its place in lists.
 */
@MappedSuperclass
public abstract class ReferenceEntry {

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

  protected ReferenceEntry() {
    // for JPA
  }

  protected ReferenceEntry(String code, String label, int position) {
    this.code = code;
    this.label = label;
    this.position = position;
  }

  /** The prefix of this kind of entry's label keys in the resource bundle, e.g. {@code staff.course.}. */
  protected abstract String labelPrefix();

  /** The key of this entry's label in the resource bundle, e.g. {@code staff.course.OTHER}. */
  public String labelKey() {
    return labelPrefix() + code;
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
    return other != null && other.getClass() == getClass() && Objects.equals(code, ((ReferenceEntry) other).code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
