package org.homeward.placement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.placement.entity.Arrangement;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.TenancyHolder;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * The placement secured. {@code miniInstitutionRisk} is computed: a home whose tenancy the person
 * does not hold, or with more unrelated people than the limit, needs a {@code justification}.
 */
@JsonbPropertyOrder({"version", "arrangement", "address", "provider", "tenancyHolder", "unrelatedResidents", "supportHoursPerWeek",
    "moveInOn", "justification", "miniInstitutionRisk", "secured"})
public record PlacementJson(
    Long version,
    @Schema(implementation = Arrangement.class) String arrangement,
    String address,
    String provider,
    @Schema(implementation = TenancyHolder.class) String tenancyHolder,
    Integer unrelatedResidents,
    BigDecimal supportHoursPerWeek,
    LocalDate moveInOn,
    String justification,
    @Schema(readOnly = true) Boolean miniInstitutionRisk,
    @Schema(readOnly = true) Boolean secured) {

  public static PlacementJson of(Placement p, int maxUnrelated) {
    return new PlacementJson(p.getVersion(), EnumParam.name(p.getArrangement()), p.getAddress(), p.getProvider(),
        EnumParam.name(p.getTenancyHolder()), p.getUnrelatedResidents(), p.getSupportHoursPerWeek(), p.getMoveInOn(), p.getJustification(),
        p.miniInstitutionRisk(maxUnrelated), p.secured());
  }

  Placement toPlacement() {
    List<FieldError> errors = new ArrayList<>();
    Placement placement = new Placement(EnumParam.parse(Arrangement.class, arrangement, "arrangement", errors), address,
        EnumParam.parse(TenancyHolder.class, tenancyHolder, "tenancyHolder", errors), unrelatedResidents);
    InvalidInputException.throwIfAny(errors);
    placement.setProvider(provider);
    placement.setSupportHoursPerWeek(supportHoursPerWeek);
    placement.setMoveInOn(moveInOn);
    placement.setJustification(justification);
    if (version != null) {
      placement.setVersion(version);
    }
    return placement;
  }
}
