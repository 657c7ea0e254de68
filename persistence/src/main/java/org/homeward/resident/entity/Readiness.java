package org.homeward.resident.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The safeguards a move may not skip (WHO guidance, strategy 2.4.3): the individualized support
 * plan is agreed with the person, the person chose or agreed to their focal point, a placement is
 * secured with a move-in date, and the pre-move discussion confirmed every planned service.
 *
 * @param supportPlanAgreed the current support plan revision is agreed, with the person's participation recorded
 * @param focalPointConsented the current focal point was chosen or agreed to by the person
 * @param placementSecured a living arrangement is secured, with a move-in date
 * @param servicesConfirmed the pre-move discussion was held and confirmed every planned service
 */
public record Readiness(boolean supportPlanAgreed, boolean focalPointConsented, boolean placementSecured, boolean servicesConfirmed) implements Serializable {

  /** The message keys of every safeguard still missing, in the order a worker would meet them. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!focalPointConsented) {
      missing.add("resident.readiness.focalPoint");
    }
    if (!supportPlanAgreed) {
      missing.add("resident.readiness.supportPlan");
    }
    if (!placementSecured) {
      missing.add("resident.readiness.placement");
    }
    if (!servicesConfirmed) {
      missing.add("resident.readiness.services");
    }
    return missing;
  }

  public boolean ready() {
    return missing().isEmpty();
  }
}
