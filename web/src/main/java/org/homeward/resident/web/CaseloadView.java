package org.homeward.resident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.database.boundary.PageRequest;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;

/** The people the signed-in focal point accompanies. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Residents residents;

  private List<Resident> caseload;

  public void load() {
    caseload = residents.caseload(ResidentFilter.none(), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
  }

  public List<Resident> getCaseload() {
    return caseload;
  }
}
