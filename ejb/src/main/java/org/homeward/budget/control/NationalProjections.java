package org.homeward.budget.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.budget.control.NationalProjection.InstitutionRow;
import org.homeward.budget.control.NationalProjection.Status;
import org.homeward.budget.control.TransitionModelRepository.PlannedMove;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;

/**
 * Sums the stored models of many institutions, as "national totals are the sum over institutions":
 * reads every institution, model and planned move in three queries (not three per institution),
 * projects each model and adds the projections by calendar month.
 */
@Dependent
public class NationalProjections {

  @Inject TransitionModelRepository repository;

  /**
   * The projection of the institutions in {@code region} (all when null, "" for those without one)
   * and {@code scope} (all when null). Refused as unknown if a region is asked for and holds no
   * institution the caller may see.
   */
  public NationalProjection project(String region, Set<Long> scope) {
    List<Institution> institutions = repository.institutions(region, scope);
    if (region != null && institutions.isEmpty()) {
      throw new RecordNotFoundException("Region", region);
    }
    Map<Long, TransitionModel> models = repository.models(region, scope);
    Map<Long, List<PlannedMove>> moves = repository.plannedMoves(region, scope);
    String currency = models.values().stream().collect(Collectors.groupingBy(TransitionModel::getCurrency, Collectors.counting())).entrySet()
        .stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(null);
    List<Projection> projections = new ArrayList<>();
    List<InstitutionRow> rows = new ArrayList<>(institutions.size());
    for (Institution institution : institutions) {
      TransitionModel model = models.get(institution.getId());
      if (model == null) {
        rows.add(row(institution, Status.NO_MODEL, null, null));
        continue;
      }
      Projection projection;
      try {
        projection = TransitionCostModel.project(ModelInputs.of(model, institution.getUnits(), moves.getOrDefault(institution.getId(), List.of())));
      } catch (InvalidInputException e) {
        rows.add(row(institution, Status.INPUTS_INVALID, model.getCurrency(), null));
        continue;
      }
      boolean counted = model.getCurrency().equals(currency);
      if (counted) {
        projections.add(projection);
      }
      rows.add(row(institution, counted ? Status.INCLUDED : Status.OTHER_CURRENCY, model.getCurrency(), projection));
    }
    return new NationalProjection(region, Projection.sum(currency, projections), rows);
  }

  private static InstitutionRow row(Institution institution, Status status, String currency, Projection projection) {
    Function<Integer, YearMonth> month = i -> projection == null || projection.months().isEmpty() ? null
        : projection.months().get(i < 0 ? projection.months().size() - 1 : i).month();
    return new InstitutionRow(institution.getId(), institution.getCode(), institution.getName(), institution.getRegion(), status, currency,
        month.apply(0), month.apply(-1), projection == null ? null : projection.doubleFunding());
  }
}
