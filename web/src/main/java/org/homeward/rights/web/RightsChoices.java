package org.homeward.rights.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.Complainant;
import org.homeward.rights.entity.ComplaintCategory;
import org.homeward.rights.entity.ComplaintChannel;
import org.homeward.rights.entity.RestraintType;

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

  public AccountChoice[] getAccountChoices() {
    return AccountChoice.values();
  }
}
