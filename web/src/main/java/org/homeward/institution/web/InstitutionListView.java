package org.homeward.institution.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;
import org.primefaces.model.LazyDataModel;

/** The institution registry table. */
@Named
@ViewScoped
public class InstitutionListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Institutions institutions;

  private LazyDataModel<Institution> model;
  private List<String> regions;

  @PostConstruct
  void init() {
    model = new InstitutionLazyModel(institutions);
    regions = institutions.regions();
  }

  public LazyDataModel<Institution> getModel() {
    return model;
  }

  public List<String> getRegions() {
    return regions;
  }

  public InstitutionType[] getTypes() {
    return InstitutionType.values();
  }

  public InstitutionStatus[] getStatuses() {
    return InstitutionStatus.values();
  }
}
