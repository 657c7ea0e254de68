package org.homeward.rights.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.homeward.rights.entity.AccountChoice;
import org.homeward.rights.entity.CoercionCategory;
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

  public AccountChoice[] getAccountChoices() {
    return AccountChoice.values();
  }
}
