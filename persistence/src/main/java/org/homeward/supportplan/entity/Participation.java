package org.homeward.supportplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.problem.FieldError;

/** How the person took part in writing the plan, who supported them, and when. */
@Embeddable
public class Participation implements Serializable {

  @Size(max = 2000)
  @Column(name = "participation_how", length = 2000)
  private String how;

  @Size(max = 500)
  @Column(name = "participation_support", length = 500)
  private String supportedBy;

  @Column(name = "participation_on")
  private LocalDate on;

  public Participation() {
    // empty until recorded
  }

  public Participation(String how, String supportedBy, LocalDate on) {
    this.how = how;
    this.supportedBy = supportedBy;
    this.on = on;
  }

  /** What is missing for the record to stand behind an agreement; empty when complete. */
  public List<FieldError> missing(LocalDate today) {
    List<FieldError> missing = new ArrayList<>();
    if (how == null || how.isBlank()) {
      missing.add(new FieldError("participationHow", "{supportplan.participation.how}"));
    }
    if (supportedBy == null || supportedBy.isBlank()) {
      missing.add(new FieldError("participationSupportedBy", "{supportplan.participation.supportedBy}"));
    }
    if (on == null) {
      missing.add(new FieldError("participationOn", "{supportplan.participation.on}"));
    } else if (on.isAfter(today)) {
      missing.add(new FieldError("participationOn", "{jakarta.validation.constraints.PastOrPresent.message}"));
    }
    return missing;
  }

  public String getHow() {
    return how;
  }

  public void setHow(String how) {
    this.how = how;
  }

  public String getSupportedBy() {
    return supportedBy;
  }

  public void setSupportedBy(String supportedBy) {
    this.supportedBy = supportedBy;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }
}
