package org.homeward.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;

/** A set of domains to assess, as adopted by the country; reference data seeded by migrations. */
@Entity
@Table(name = "assessment_framework")
public class AssessmentFramework implements Serializable {

  @Id
  @Column(length = 20)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "framework")
  @OrderBy("code")
  private List<AssessmentDomain> domains;

  protected AssessmentFramework() {
    // for JPA
  }

  AssessmentFramework(String code, String name, List<String> domainLabels) {
    this.code = code;
    this.name = name;
    this.domains = new java.util.ArrayList<>();
    for (int i = 0; i < domainLabels.size(); i++) {
      domains.add(new AssessmentDomain(this, (long) i + 1, i + 1, domainLabels.get(i)));
    }
  }

  public java.util.Optional<AssessmentDomain> domain(int domainCode) {
    return domains.stream().filter(d -> d.getCode() == domainCode).findFirst();
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public List<AssessmentDomain> getDomains() {
    return Collections.unmodifiableList(domains);
  }
}
