package org.homeward.assessment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.assessment.entity.AssessmentDomain;
import org.homeward.assessment.entity.AssessmentFramework;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/** A needs assessment: the framework's code, the date, who assessed with the person, and the domains rated. */
@JsonbPropertyOrder({"id", "version", "framework", "assessedOn", "assessedBy", "howPersonTookPart", "notes", "totals",
    "domains"})
public record AssessmentJson(
    Long id,
    Long version,
    String framework,
    LocalDate assessedOn,
    String assessedBy,
    String howPersonTookPart,
    String notes,
    @Schema(readOnly = true) TotalsJson totals,
    List<DomainJson> domains) {

  public static AssessmentJson of(NeedsAssessment a, Locale locale) {
    return new AssessmentJson(a.getId(), a.getVersion(), a.getFramework().getCode(), a.getAssessedOn(), a.getAssessedBy(),
        a.getHowPersonTookPart(), a.getNotes(), TotalsJson.of(a), a.getDomains().stream().map(d -> DomainJson.of(d, locale)).toList());
  }

  /** The assessment this body describes; a framework or domain code Homeward does not know is a field error. */
  NeedsAssessment toAssessment(Function<String, Optional<AssessmentFramework>> frameworks) {
    AssessmentFramework known = frameworks.apply(framework)
        .orElseThrow(() -> new InvalidInputException("framework", "{assessment.framework.unknown}"));
    NeedsAssessment assessment = new NeedsAssessment(known, assessedOn, assessedBy);
    assessment.setVersion(version == null ? 0 : version);
    assessment.setHowPersonTookPart(howPersonTookPart);
    assessment.setNotes(notes);
    List<FieldError> unknown = new ArrayList<>();
    List<DomainJson> rated = domains == null ? List.of() : domains;
    for (int i = 0; i < rated.size(); i++) {
      DomainJson d = rated.get(i);
      Optional<AssessmentDomain> domain = d == null || d.code() == null ? Optional.empty() : known.domain(d.code());
      if (domain.isPresent()) {
        assessment.add(d.toDomain(domain.get()));
      } else {
        unknown.add(new FieldError("domains[" + i + "].code", "{assessment.domain.unknown}"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    return assessment;
  }
}
