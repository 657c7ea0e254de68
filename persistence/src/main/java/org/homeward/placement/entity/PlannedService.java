package org.homeward.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A service the person will have after the move, from a formal or an informal provider, and whether it is confirmed. */
@Embeddable
public class PlannedService implements Serializable {

  @NotBlank
  @Size(max = 300)
  @Column(nullable = false, length = 300)
  private String service;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String provider;

  @Column(nullable = false)
  private boolean formal;

  @Column(nullable = false)
  private boolean confirmed;

  public PlannedService() {
    // a blank row for a form
  }

  public PlannedService(String service, String provider, boolean formal, boolean confirmed) {
    this.service = service;
    this.provider = provider;
    this.formal = formal;
    this.confirmed = confirmed;
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public boolean isFormal() {
    return formal;
  }

  public void setFormal(boolean formal) {
    this.formal = formal;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
