package org.homeward.budget.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.budget.api.ProjectionJson.DoubleFundingJson;
import org.homeward.budget.control.NationalProjection;

/**
 * The national (or regional) projection: the month-by-month sum of the institutions' models in
 * {@code projection}, and every institution with its own double funding or why it is not in the sum.
 * {@code closedIn} is the month the last of them closes (if all close within their models), {@code
 * monthlySaving} what those that close save each month, added up; read these rather than the sum's own.
 */
public record NationalProjectionJson(String region, ProjectionJson projection, String closedIn, BigDecimal monthlySaving, long included,
    long withoutModel, List<Institution> institutions) {

  /** An institution; {@code doubleFunding} and the months only when its model could be projected. */
  public record Institution(long id, String code, String name, String region,
      @Schema(implementation = NationalProjection.Status.class) String status, String currency, String firstMonth, String lastMonth,
      DoubleFundingJson doubleFunding) {}

  static NationalProjectionJson of(NationalProjection p) {
    return new NationalProjectionJson(p.region(), ProjectionJson.of(p.projection()), ProjectionJson.text(p.closedIn()), p.monthlySaving(),
        p.included(), p.withoutModel(), p.institutions().stream()
        .map(i -> new Institution(i.id(), i.code(), i.name(), i.region(), EnumParam.name(i.status()), i.currency(), ProjectionJson.text(i.firstMonth()),
            ProjectionJson.text(i.lastMonth()), i.doubleFunding() == null ? null : DoubleFundingJson.of(i.doubleFunding())))
        .toList());
  }
}
