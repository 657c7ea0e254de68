package org.homeward.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.homeward.audit.entity.AuditableEntity;

/**
 * The DHIS2 data element (by code) that receives one part, numerator or denominator, of an
 * indicator; optionally the category option combo. A country sets these to match its DHIS2.
 */
@Entity
@Table(name = "dhis2_data_element")
public class Dhis2DataElement implements AuditableEntity {

  /** Which count of the indicator goes to the data element. */
  public enum Part { NUMERATOR, DENOMINATOR }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private Long version;

  @Column(nullable = false, updatable = false, length = 40)
  private String indicator;

  @Column(nullable = false, updatable = false, length = 12)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Part part;

  @NotBlank
  @Size(max = 50)
  @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "{dhis2.code}")
  @Column(name = "data_element", nullable = false, length = 50)
  private String dataElement;

  @Size(max = 50)
  @Pattern(regexp = "[A-Za-z0-9_.\\-]+", message = "{dhis2.code}")
  @Column(name = "category_option_combo", length = 50)
  private String categoryOptionCombo;

  protected Dhis2DataElement() {
    // for JPA
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getVersion() {
    return version;
  }

  public String getIndicator() {
    return indicator;
  }

  public Part getPart() {
    return part;
  }

  public String getDataElement() {
    return dataElement;
  }

  public void setDataElement(String dataElement) {
    this.dataElement = dataElement;
  }

  public String getCategoryOptionCombo() {
    return categoryOptionCombo;
  }

  public void setCategoryOptionCombo(String categoryOptionCombo) {
    this.categoryOptionCombo = categoryOptionCombo == null || categoryOptionCombo.isBlank() ? null : categoryOptionCombo.strip();
  }
}
