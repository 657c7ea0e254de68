package org.homeward.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One area of life a framework asks about, with a code that stays stable across translations. */
@Entity
@Table(name = "assessment_domain")
public class AssessmentDomain implements Serializable {

  @Id private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework", nullable = false)
  private AssessmentFramework framework;

  @Column(nullable = false)
  private int code;

  @Column(nullable = false, length = 300)
  private String label;

  protected AssessmentDomain() {
    // for JPA
  }

  AssessmentDomain(AssessmentFramework framework, Long id, int code, String label) {
    this.framework = framework;
    this.id = id;
    this.code = code;
    this.label = label;
  }

  /** The key of this domain's label in the resource bundle, e.g. {@code assessment.domain.CAN.7}. */
  public String labelKey() {
    return "assessment.domain." + framework.getCode() + "." + code;
  }

  public Long getId() {
    return id;
  }

  public AssessmentFramework getFramework() {
    return framework;
  }

  public int getCode() {
    return code;
  }

  /** The framework's own wording, shown where the bundle has no label for this domain. */
  public String getLabel() {
    return label;
  }
}
