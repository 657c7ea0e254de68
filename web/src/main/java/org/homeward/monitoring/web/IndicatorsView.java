package org.homeward.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;
import org.homeward.monitoring.api.IndicatorExport;
import org.homeward.monitoring.boundary.Breakdown;
import org.homeward.monitoring.boundary.DataValueSet;
import org.homeward.monitoring.boundary.Dhis2Export;
import org.homeward.monitoring.boundary.IndicatorTable;
import org.homeward.monitoring.boundary.Indicators;
import org.homeward.monitoring.boundary.Period;
import org.homeward.problem.HomewardException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.omnifaces.util.Faces;

/** The indicators for a period, the country by region or one region by institution, broken down as asked; every parameter kept in links. */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Indicators uses;
  @Inject Dhis2Export dhis2;
  @Inject Clock clock;

  private String region;
  private String period;
  private Breakdown breakdown = Breakdown.NONE;
  private List<IndicatorTable> tables = List.of();
  private boolean periodInvalid;
  private Period parsed;

  public void load() {
    LocalDate today = LocalDate.now(clock);
    Period parsed = period == null || period.isBlank() ? Period.quarterOf(today) : Period.parse(period.strip());
    if (parsed == null || parsed.startsAfter(today)) {
      periodInvalid = true;
      return;
    }
    period = parsed.code();
    this.parsed = parsed;
    try {
      tables = uses.all(parsed, region == null || region.isBlank() ? null : region, breakdown);
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  public void exportCsv() {
    Faces.sendFile(IndicatorExport.csv(tables).getBytes(StandardCharsets.UTF_8), "indicators-" + period + ".csv", true);
  }

  public void exportXlsx() {
    Faces.sendFile(IndicatorExport.xlsx(tables, ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale())),
        "indicators-" + period + ".xlsx", true);
  }

  public void exportDhis2() {
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      DataValueSet set = dhis2.dataValueSet(parsed, region == null || region.isBlank() ? null : region);
      Faces.sendFile(jsonb.toJson(org.homeward.monitoring.api.DataValueSetJson.of(set)).getBytes(StandardCharsets.UTF_8), "dataValueSets-" + period + ".json", true);
    } catch (HomewardException e) {
      Problems.notFound(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small-count threshold, for the note under the tables. */
  public int getSmallCount() {
    return ConfigProvider.getConfig().getValue("homeward.monitoring.small-count", Integer.class);
  }

  public boolean isPeriodInvalid() {
    return periodInvalid;
  }

  public Breakdown[] getBreakdowns() {
    return Breakdown.values();
  }

  public List<IndicatorTable> getTables() {
    return tables;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Breakdown getBreakdown() {
    return breakdown;
  }

  public void setBreakdown(Breakdown breakdown) {
    this.breakdown = breakdown == null ? Breakdown.NONE : breakdown;
  }
}
