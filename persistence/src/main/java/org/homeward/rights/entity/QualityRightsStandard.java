package org.homeward.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A standard of the QualityRights Tool Kit under one of its themes: reference data with a stable code such as {@code 4.2}. */
@Entity
@Table(name = "quality_rights_standard")
public class QualityRightsStandard implements Serializable {

  @Id
  @Column(length = 10)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private QualityRightsTheme theme;

  @Column(nullable = false, length = 500)
  private String label;

  @Column(nullable = false)
  private int position;

  protected QualityRightsStandard() {
    // for JPA
  }

  public QualityRightsStandard(String code, QualityRightsTheme theme, String label, int position) {
    this.code = code;
    this.theme = theme;
    this.label = label;
    this.position = position;
  }

  public String getCode() {
    return code;
  }

  public QualityRightsTheme getTheme() {
    return theme;
  }

  public String getLabel() {
    return label;
  }

  public int getPosition() {
    return position;
  }
}
