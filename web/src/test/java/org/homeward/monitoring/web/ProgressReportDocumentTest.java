package org.homeward.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.monitoring.boundary.Alert;
import org.homeward.monitoring.boundary.Area;
import org.homeward.monitoring.boundary.Breakdown;
import org.homeward.monitoring.boundary.BurnDown;
import org.homeward.monitoring.boundary.Dashboard;
import org.homeward.monitoring.boundary.FigureTable;
import org.homeward.monitoring.boundary.Indicator;
import org.homeward.monitoring.boundary.IndicatorTable;
import org.homeward.monitoring.boundary.NationalDashboard;
import org.homeward.monitoring.boundary.Period;
import org.homeward.monitoring.boundary.ProgressReport;
import org.homeward.monitoring.control.CountTable;
import org.homeward.monitoring.control.PublishedTable;
import org.homeward.plan.entity.MilestoneStatus;
import org.junit.jupiter.api.Test;

/** A country's report stays readable when hundreds of closure plans need attention. */
class ProgressReportDocumentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void aCountrysReportNamesTheFirstTenAlertsOfEachKindAndCountsTheRest() throws IOException {
    List<Area> areas = List.of(new Area("region:North", "North", null, null), new Area("region:South", "South", null, null));
    List<Alert> alerts = new ArrayList<>();
    IntStream.rangeClosed(1, 25).forEach(i -> alerts.add(new Alert(Alert.Kind.MILESTONES_OVERDUE,
        new Area("institution:" + i, String.format(Locale.ROOT, "Hospital %02d", i), (long) i, "H" + i), 2L)));
    IntStream.rangeClosed(1, 3).forEach(i -> alerts.add(new Alert(Alert.Kind.FOLLOW_UPS_OVERDUE,
        new Area("institution:" + (100 + i), "Care Home " + i, 100L + i, "C" + i), null)));

    String text = text(ProgressReportDocument.render(new ProgressReport(TODAY, null, null, -1, dashboard(areas, alerts), List.of()),
        ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH)));

    assertThat(text).contains("Progress report: The country", "Needs attention", "Hospital 01: 2 milestones of the closure plan overdue",
        "Hospital 10:", "… and 15 more of this kind: the dashboard lists them all.", "Care Home 1:", "Care Home 3:", "North", "South");
    assertThat(text).doesNotContain("Hospital 11:", "Hospital 25:");
  }

  @Test
  void theIndicatorsOfTheCountryListItsAreasDownThePageWithTheirTotal() throws IOException {
    List<Area> areas = List.of(new Area("region:North", "North", null, null), new Area("region:South", "South", null, null));
    List<IndicatorTable> indicators = List.of(indicator(Indicator.AGREED_PLAN, areas, new long[][] {{60}, {45}}, new long[][] {{100}, {90}}),
        indicator(Indicator.ADVANCE_DIRECTIVE, areas, new long[][] {{20}, {30}}, new long[][] {{100}, {90}}));

    String text = text(ProgressReportDocument.render(new ProgressReport(TODAY, null, null, -1, dashboard(areas, List.of()), indicators),
        ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH)));

    assertThat(text).contains("Indicators this quarter", "Area Agreed individualized plan Support to develop an advance directive",
        "North 60.0 % 60 / 100 20.0 % 20 / 100", "South 50.0 % 45 / 90", "Total 55.3 % 105 / 190");
  }

  private static IndicatorTable indicator(Indicator indicator, List<Area> areas, long[][] numerator, long[][] denominator) {
    return new IndicatorTable(indicator, Period.quarterOf(TODAY), TODAY, Breakdown.NONE, areas, Breakdown.NONE.categories(),
        PublishedTable.whole(CountTable.of(numerator)), PublishedTable.whole(CountTable.of(denominator)), null);
  }

  private static Dashboard dashboard(List<Area> areas, List<Alert> alerts) {
    EnumMap<InstitutionStatus, Long> institutions = new EnumMap<>(InstitutionStatus.class);
    institutions.put(InstitutionStatus.DOWNSIZING, 28L);
    EnumMap<MilestoneStatus, Long> milestones = new EnumMap<>(MilestoneStatus.class);
    milestones.put(MilestoneStatus.OVERDUE, 50L);
    YearMonth now = YearMonth.from(TODAY);
    return new Dashboard(null, institutions, milestones,
        figures(areas, NationalDashboard.RESIDENT_COLUMNS, new long[][] {{120, 40, 30, 20}, {90, 35, 25, 15}}),
        figures(areas, List.of("IN_TRAINING"), new long[][] {{50}, {60}}), figures(areas, List.of("UNDECIDED"), new long[][] {{10}, {12}}),
        figures(areas, List.of("SETTLED"), new long[][] {{20}, {15}}), 0.3, 0.25, alerts,
        new BurnDown(List.of(now), List.of(285L), List.of(250L)), null, null, Instant.parse("2026-11-24T06:00:00Z"));
  }

  private static FigureTable figures(List<Area> areas, List<String> columns, long[][] counts) {
    return new FigureTable(areas, columns, PublishedTable.whole(CountTable.of(counts)));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
