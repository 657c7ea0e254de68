package org.homeward.rights.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.homeward.problem.FieldError;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.Complainant;
import org.homeward.rights.entity.ComplaintCategory;
import org.homeward.rights.entity.ComplaintChannel;
import org.homeward.rights.entity.RestraintType;
import org.omnifaces.util.Faces;

/** The choices the rights forms offer, labelled by the bundle's {@code enum.*} keys. */
@Named
@ApplicationScoped
public class RightsChoices {

  public CoercionCategory[] getCategories() {
    return CoercionCategory.values();
  }

  public RestraintType[] getRestraintTypes() {
    return RestraintType.values();
  }

  public Complainant[] getComplainants() {
    return Complainant.values();
  }

  public ComplaintChannel[] getChannels() {
    return ComplaintChannel.values();
  }

  public ComplaintCategory[] getComplaintCategories() {
    return ComplaintCategory.values();
  }

  /** A field error of an import report in words, in the page's language. */
  public String problem(FieldError error) {
    return ProblemMessages.fieldMessage(error, Faces.getLocale());
  }

  public AccountChoice[] getAccountChoices() {
    return AccountChoice.values();
  }
}
