package org.homeward.network.boundary;

import org.homeward.audit.entity.AuditableEntity;
import org.homeward.network.entity.ArrangementDifference;
import org.homeward.network.entity.LiveTogetherLink;
import org.homeward.resident.entity.Resident;

/**
 * A link between two people who want to live together, seen from {@code person}, with how their homes
 * differ ({@code null} while they do not). Reading it is audited as reading the link.
 */
public record LiveTogetherPair(LiveTogetherLink link, Resident person, Resident partner, ArrangementDifference difference)
    implements AuditableEntity {

  public boolean arrangementsDiffer() {
    return difference != null;
  }

  @Override
  public Long getId() {
    return link.getId();
  }

  @Override
  public String auditType() {
    return LiveTogetherLink.class.getSimpleName();
  }
}
