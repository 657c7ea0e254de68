package org.homeward.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.budget.boundary.BudgetFigures.YearFigures;
import org.homeward.budget.boundary.BudgetFigures;
import org.homeward.budget.boundary.Budgets;
import org.homeward.budget.entity.ActualSpend;
import org.homeward.budget.entity.BudgetCategory;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.FundingSource;
import org.homeward.budget.entity.Reallocation;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.homeward.shell.web.Formats;
import org.omnifaces.util.Faces;

/** An institution's budget: lines with plan, reallocations and spend, plan against actual by year, and the forms finance uses. */
@Named
@ViewScoped
public class BudgetView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Budgets budgets;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Institution institution;
  private BudgetFigures figures;
  private List<Reallocation> reallocations;
  private String chart;
  private BudgetLine line = blankLine();
  private Long actualLineId;
  private ActualSpend actual = new ActualSpend();
  private Long fromLineId;
  private Long toLineId;
  private ReallocationForm reallocation = new ReallocationForm();

  /** The reallocation form's fields (the entity takes its lines at creation). */
  public static class ReallocationForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private java.time.LocalDate movedOn;
    private BigDecimal amount;
    private String reason;
    private String approvedBy;
    private java.time.LocalDate approvedOn;

    public java.time.LocalDate getMovedOn() {
      return movedOn;
    }

    public void setMovedOn(java.time.LocalDate movedOn) {
      this.movedOn = movedOn;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }

    public String getApprovedBy() {
      return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
      this.approvedBy = approvedBy;
    }

    public java.time.LocalDate getApprovedOn() {
      return approvedOn;
    }

    public void setApprovedOn(java.time.LocalDate approvedOn) {
      this.approvedOn = approvedOn;
    }
  }

  public void load() {
    try {
      institution = institutions.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    figures = budgets.figures(id);
    reallocations = budgets.reallocations(id);
    chart = chart(figures.years(), ResourceBundle.getBundle("i18n.messages", Faces.getLocale()));
  }

  public void addLine() {
    try {
      budgets.addLine(id, line);
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
        throw new org.homeward.problem.InvalidInputException("actualLineId", "{budget.reallocation.line.required}");
      }
      budgets.addActual(id, actualLineId, actual);
      actual = new ActualSpend();
      reload();
      Problems.info("budget.actual.added");
    } catch (HomewardException e) {
      Problems.show(e, "actualForm");
    }
  }

  public void reallocate() {
    try {
      budgets.reallocate(id, fromLineId, toLineId, new Reallocation(null, null, reallocation.getMovedOn(), reallocation.getAmount(),
          reallocation.getReason(), reallocation.getApprovedBy(), reallocation.getApprovedOn()));
      reallocation = new ReallocationForm();
      reload();
      Problems.info("budget.reallocation.added");
    } catch (HomewardException e) {
      Problems.show(e, "reallocationForm");
    }
  }

  /** Budget (after reallocations) and actual spend per year side by side, community part and the rest stacked. */
  static String chart(List<YearFigures> years, ResourceBundle bundle) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder budgetCommunity = Json.createArrayBuilder();
    JsonArrayBuilder budgetInstitution = Json.createArrayBuilder();
    JsonArrayBuilder actualCommunity = Json.createArrayBuilder();
    JsonArrayBuilder actualInstitution = Json.createArrayBuilder();
    for (YearFigures y : years) {
      labels.add(y.year() + " " + y.currency());
      budgetCommunity.add(y.communityBudget());
      budgetInstitution.add(y.budget().subtract(y.communityBudget()));
      actualCommunity.add(y.communityActual());
      actualInstitution.add(y.actual().subtract(y.communityActual()));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
            .add(set(bundle.getString("budget.chart.budgetInstitution"), budgetInstitution, "#5b6f8a", "budget"))
            .add(set(bundle.getString("budget.chart.budgetCommunity"), budgetCommunity, "#2e7d5b", "budget"))
            .add(set(bundle.getString("budget.chart.actualInstitution"), actualInstitution, "#9aa9bd", "actual"))
            .add(set(bundle.getString("budget.chart.actualCommunity"), actualCommunity, "#7fbf9f", "actual"))))
        .add("options", Json.createObjectBuilder().add("animation", false)
            .add("scales", Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
        .build().toString();
  }

  private static jakarta.json.JsonObjectBuilder set(String label, JsonArrayBuilder data, String colour, String stack) {
    return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("stack", stack);
  }

  private static BudgetLine blankLine() {
    BudgetLine blank = new BudgetLine();
    blank.setCurrency("EUR");
    blank.setFiscalYear(java.time.LocalDate.now().getYear());
    return blank;
  }

  public String money(BigDecimal amount, String currency) {
    return format(amount, currency);
  }

  /** An amount in the page's language with its currency; a dash when there is none. */
  static String format(BigDecimal amount, String currency) {
    return Formats.amountIn(amount, currency);
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

  public String lineLabel(BudgetLine l) {
    return label(l);
  }

  /** Year, category and funding source of a line, for lists to choose from. */
  static String label(BudgetLine l) {
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Faces.getLocale());
    return l.getFiscalYear() + " · " + bundle.getString("enum.BudgetCategory." + l.getCategory().name()) + " · "
        + bundle.getString("enum.FundingSource." + l.getFundingSource().name());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Institution getInstitution() {
    return institution;
  }

  public BudgetFigures getFigures() {
    return figures;
  }

  public List<Reallocation> getReallocations() {
    return reallocations;
  }

  public String getChart() {
    return chart;
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
