package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.PlanRevision;

/**
 * An institution's closure plan: its revisions, oldest first, and which of them is in force
 * ({@code approved}) and which is under review ({@code draft}).
 */
@JsonbPropertyOrder({"institutionId", "approved", "draft", "revisions"})
public record PlanJson(long institutionId, Integer approved, Integer draft, List<RevisionJson> revisions) {

  static PlanJson of(ClosurePlan p) {
    return new PlanJson(p.getInstitution().getId(), p.approved().map(PlanRevision::getNumber).orElse(null),
        p.draft().map(PlanRevision::getNumber).orElse(null), p.getRevisions().stream().map(RevisionJson::summary).toList());
  }
}
