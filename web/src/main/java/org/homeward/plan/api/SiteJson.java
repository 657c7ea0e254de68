package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.PlannedUse;
import org.homeward.plan.entity.RepurposingSite;
import org.homeward.plan.entity.RepurposingStatus;
import org.homeward.plan.entity.SiteKind;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/** A building or piece of land; {@code ringFenced} is always true: proceeds go to community services. */
@JsonbPropertyOrder({"id", "version", "name", "kind", "areaM2", "plannedUse", "status", "proceeds", "currency", "ringFenced", "notes"})
public record SiteJson(
    Long id,
    Long version,
    String name,
    @Schema(implementation = SiteKind.class) String kind,
    Integer areaM2,
    @Schema(implementation = PlannedUse.class) String plannedUse,
    @Schema(implementation = RepurposingStatus.class) String status,
    BigDecimal proceeds,
    String currency,
    @Schema(readOnly = true) Boolean ringFenced,
    String notes) {

  static SiteJson of(RepurposingSite s) {
    return new SiteJson(s.getId(), s.getVersion(), s.getName(), EnumParam.name(s.getKind()), s.getAreaM2(), EnumParam.name(s.getPlannedUse()),
        EnumParam.name(s.getStatus()), s.getProceeds(), s.getCurrency(), s.isRingFenced(), s.getNotes());
  }

  RepurposingSite toSite() {
    List<FieldError> errors = new ArrayList<>();
    RepurposingSite site = new RepurposingSite(name, EnumParam.parse(SiteKind.class, kind, "kind", errors),
        EnumParam.parse(PlannedUse.class, plannedUse, "plannedUse", errors));
    RepurposingStatus parsed = EnumParam.parse(RepurposingStatus.class, status, "status", errors);
    InvalidInputException.throwIfAny(errors);
    site.setStatus(parsed == null ? RepurposingStatus.PLANNED : parsed);
    site.setAreaM2(areaM2);
    site.setProceeds(proceeds);
    site.setCurrency(currency);
    site.setNotes(notes);
    if (version != null) {
      site.setVersion(version);
    }
    return site;
  }
}
