package org.homeward.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.monitoring.boundary.Dhis2Mapping;
import org.homeward.monitoring.entity.Dhis2DataElement;
import org.homeward.problem.HomewardException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.omnifaces.util.Faces;

/** The DHIS2 mapping: which data element receives each indicator's numerator and denominator. The ministry reads it, administrators change it. */
@Named
@ViewScoped
public class Dhis2MappingView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Dhis2Mapping mapping;

  private List<Dhis2DataElement> elements;
  private Dhis2DataElement editing;
  private String dataElement;
  private String categoryOptionCombo;

  public void load() {
    try {
      elements = mapping.elements();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void edit(Dhis2DataElement element) {
    editing = element;
    dataElement = element.getDataElement();
    categoryOptionCombo = element.getCategoryOptionCombo();
  }

  public void save() {
    try {
      mapping.update(editing.getId(), editing.getVersion(), dataElement, categoryOptionCombo);
      Problems.info("monitoring.dhis2.saved", ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale())
          .getString("indicator." + editing.getIndicator() + ".name"));
      editing = null;
      elements = mapping.elements();
    } catch (HomewardException e) {
      Problems.show(e, "mapping");
    }
  }

  public void cancel() {
    editing = null;
  }

  public List<Dhis2DataElement> getElements() {
    return elements;
  }

  public Dhis2DataElement getEditing() {
    return editing;
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
    this.categoryOptionCombo = categoryOptionCombo;
  }
}
