package org.homeward.assessment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.assessment.entity.AssessmentDomain;
import org.homeward.assessment.entity.DomainAssessment;

/**
 * One domain of an assessment. Needs: 0 no need, 1 met, 2 unmet, 9 not known (leave out a view not
 * asked). Help from family and friends, and from services: 0 none, 1 low, 2 moderate, 3 high, 9 not known.
 */
@JsonbPropertyOrder({"code", "label", "personNeed", "staffNeed", "carerNeed", "viewsDiffer", "helpFamily", "helpServices",
    "strengths", "supportNeeded"})
public record DomainJson(
    Integer code,
    @Schema(readOnly = true) String label,
    Integer personNeed,
    Integer staffNeed,
    Integer carerNeed,
    @Schema(readOnly = true) Boolean viewsDiffer,
    Integer helpFamily,
    Integer helpServices,
    String strengths,
    String supportNeeded) {

  static DomainJson of(DomainAssessment d, Locale locale) {
    return new DomainJson(d.getDomain().getCode(), DomainLabels.of(d.getDomain(), locale), d.getPersonNeed(), d.getStaffNeed(),
        d.getCarerNeed(), d.viewsDiffer(), d.getHelpFamily(), d.getHelpServices(), d.getStrengths(), d.getSupportNeeded());
  }

  DomainAssessment toDomain(AssessmentDomain domain) {
    DomainAssessment d = new DomainAssessment(domain);
    d.setPersonNeed(personNeed);
    d.setStaffNeed(staffNeed);
    d.setCarerNeed(carerNeed);
    d.setHelpFamily(helpFamily);
    d.setHelpServices(helpServices);
    d.setStrengths(strengths);
    d.setSupportNeeded(supportNeeded);
    return d;
  }
}
