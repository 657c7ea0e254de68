package org.homeward.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.budget.api.NationalBudgetResource;
import org.homeward.budget.api.ProjectionExport;
import org.homeward.budget.boundary.BudgetFigures;
import org.homeward.budget.boundary.NationalBudgets;
import org.homeward.budget.control.NationalProjection;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetCategory;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.FundingSource;
import org.homeward.budget.entity.Reallocation;
import org.homeward.budget.web.BudgetView.ReallocationForm;
import org.homeward.institution.boundary.Institutions;
import org.homeward.problem.HomewardException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.omnifaces.util.Faces;

/**
 * The national budget page: the national projection (all institutions' models added up, or one
 * region's), the country's budget by year (national lines and institutions' lines), the national
 * lines with their reallocations and spend, and the forms finance uses.
 */
@Named
@ViewScoped
public class NationalBudgetView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NationalBudgets budgets;
  @Inject SecurityContext security;
  @Inject Institutions institutions;

  private String region;
  private List<String> regions;
  private NationalProjection projection;
  private String projectionChart;
  private BudgetFigures country;
  private BudgetFigures figures;
  private List<Reallocation> reallocations;
  private String countryChart;
  private BudgetLine line = blankLine();
  private Long actualLineId;
  private ActualSpend actual = new ActualSpend();
  private Long fromLineId;
  private Long toLineId;
  private ReallocationForm reallocation = new ReallocationForm();

  public void load() {
    try {
      regions = institutions.regions();
      projection = budgets.projection(region);
      projectionChart = projection.projection().months().isEmpty() ? null
          : TransitionModelView.chart(projection.projection(), bundle());
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void exportCsv() {
    Faces.sendFile(ProjectionExport.csv(budgets.projection(region).projection(), bundle()).getBytes(StandardCharsets.UTF_8),
        NationalBudgetResource.fileName(region) + ".csv", true);
  }

  public void exportXlsx() {
    Faces.sendFile(ProjectionExport.xlsx(budgets.projection(region).projection(), bundle()), NationalBudgetResource.fileName(region) + ".xlsx",
        true);
  }

  /** A month in the page's language, e.g. "Aug 2027"; a dash when there is none. */
  public String month(YearMonth month) {
    return month == null ? "–" : month.atDay(1).format(DateTimeFormatter.ofPattern("MMM yyyy", Faces.getLocale()));
  }

  private static ResourceBundle bundle() {
    return ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
  }

  private void reload() {
    country = budgets.country();
    figures = budgets.figures();
    reallocations = budgets.reallocations();
    countryChart = BudgetView.chart(country.years(), bundle());
  }

  public void addLine() {
    try {
      budgets.addLine(line);
      line = blankLine();
      reload();
      Problems.info("budget.line.added");
    } catch (HomewardException e) {
      Problems.show(e, "lineForm");
    }
  }

  public void addActual() {
    try {
      if (actualLineId == null) {
        throw new InvalidInputException("actualLineId", "{budget.reallocation.line.required}");
      }
      budgets.addActual(actualLineId, actual);
      actual = new ActualSpend();
      reload();
      Problems.info("budget.actual.added");
    } catch (HomewardException e) {
      Problems.show(e, "actualForm");
    }
  }

  public void reallocate() {
    try {
      budgets.reallocate(fromLineId, toLineId, new Reallocation(null, null, reallocation.getMovedOn(), reallocation.getAmount(),
          reallocation.getReason(), reallocation.getApprovedBy(), reallocation.getApprovedOn()));
      reallocation = new ReallocationForm();
      fromLineId = null;
      toLineId = null;
      reload();
      Problems.info("budget.reallocation.added");
    } catch (HomewardException e) {
      Problems.show(e, "reallocationForm");
    }
  }

  private static BudgetLine blankLine() {
    BudgetLine blank = new BudgetLine();
    blank.setCurrency("EUR");
    blank.setFiscalYear(LocalDate.now().getYear());
    return blank;
  }

  public String money(BigDecimal amount, String currency) {
    return BudgetView.format(amount, currency);
  }

  public String lineLabel(BudgetLine l) {
    return BudgetView.label(l);
  }

  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.FINANCE.name());
  }

  public BudgetCategory[] getCategories() {
    return BudgetCategory.values();
  }

  public FundingSource[] getFundingSources() {
    return FundingSource.values();
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public List<String> getRegions() {
    return regions;
  }

  public NationalProjection getProjection() {
    return projection;
  }

  public String getProjectionChart() {
    return projectionChart;
  }

  public BudgetFigures getCountry() {
    return country;
  }

  public BudgetFigures getFigures() {
    return figures;
  }

  public List<Reallocation> getReallocations() {
    return reallocations;
  }

  public String getCountryChart() {
    return countryChart;
  }

  public BudgetLine getLine() {
    return line;
  }

  public Long getActualLineId() {
    return actualLineId;
  }

  public void setActualLineId(Long actualLineId) {
    this.actualLineId = actualLineId;
  }

  public ActualSpend getActual() {
    return actual;
  }

  public Long getFromLineId() {
    return fromLineId;
  }

  public void setFromLineId(Long fromLineId) {
    this.fromLineId = fromLineId;
  }

  public Long getToLineId() {
    return toLineId;
  }

  public void setToLineId(Long toLineId) {
    this.toLineId = toLineId;
  }

  public ReallocationForm getReallocation() {
    return reallocation;
  }
}
