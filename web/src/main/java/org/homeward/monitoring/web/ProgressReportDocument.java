package org.homeward.monitoring.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.homeward.monitoring.boundary.Alert;
import org.homeward.monitoring.boundary.Area;
import org.homeward.monitoring.boundary.Dashboard;
import org.homeward.monitoring.boundary.FigureTable;
import org.homeward.monitoring.boundary.IndicatorTable;
import org.homeward.monitoring.boundary.ProgressReport;

/**
 * A progress report as the ministry files it: what needs attention, institutions and milestones,
 * people inside and moved, staff, outcomes after moves, where the plans' curve stands, and the
 * quarter's indicators; for the country, a region or one institution. Figures are the suppressed
 * ones the dashboard shows. Every label comes from the resource bundle it is given.
 */
public final class ProgressReportDocument {

  private static final Color ACCENT = new Color(0x1f, 0x6f, 0x8b);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, ACCENT);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, ACCENT);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
  private static final Font HEADER_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);

  /** Alerts of one kind printed before the rest are counted: a country has hundreds, the dashboard lists them all. */
  private static final int ALERTS_PER_KIND = 10;
  private static final int INDICATORS_PER_TABLE = 4;

  private final ProgressReport report;
  private final ResourceBundle labels;
  private final DateTimeFormatter dates;
  private final Document document = new Document(PageSize.A4, 40, 40, 50, 50);

  private ProgressReportDocument(ProgressReport report, ResourceBundle labels) {
    this.report = report;
    this.labels = labels;
    Locale locale = labels.getLocale() == null || labels.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : labels.getLocale();
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  public static byte[] render(ProgressReport report, ResourceBundle labels) {
    return new ProgressReportDocument(report, labels).write();
  }

  private byte[] write() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfWriter.getInstance(document, pdf);
    HeaderFooter footer = new HeaderFooter(new Phrase(subject() + " · " + dates.format(report.on()) + " · " + text("print.page") + " ", SMALL), true);
    footer.setAlignment(Element.ALIGN_CENTER);
    footer.setBorder(0);
    document.setFooter(footer);
    document.open();
    Dashboard d = report.dashboard();
    document.add(new Paragraph(format("monitoring.report.title", subject()), TITLE));
    document.add(paragraph(format("monitoring.report.intro", dates.format(report.on()))));
    alerts(d.alertsByKind());
    if (report.institution() == null) {
      heading("monitoring.institutions");
      document.add(paragraph(String.join(" · ", d.institutionsByStatus().entrySet().stream()
          .map(e -> text("enum.InstitutionStatus." + e.getKey()) + ": " + e.getValue()).toList())));
      heading("monitoring.milestones");
      document.add(paragraph(String.join(" · ", d.milestones().entrySet().stream()
          .map(e -> text("enum.MilestoneStatus." + e.getKey()) + ": " + e.getValue()).toList())));
    }
    figures("monitoring.residents", d.residents(), "monitoring.residents.");
    burnDown(d);
    figures("monitoring.staff", d.staff(), "enum.RedeploymentStatus.");
    figures("monitoring.outcomes", d.outcomes(), "enum.Outcome.");
    indicators();
    document.add(paragraph(format("monitoring.indicators.suppression", report.indicators().isEmpty() ? 5
        : report.indicators().get(report.indicators().size() - 1).numerator().threshold() + 1)));
    document.close();
    return pdf.toByteArray();
  }

  private String subject() {
    if (report.institution() != null) {
      return report.institution().name();
    }
    return report.region() == null ? text("monitoring.country") : text("monitoring.region") + " " + report.region();
  }

  /** What needs attention, kind by kind, the most pressing first; an institution's report, its own alerts only. */
  private void alerts(List<List<Alert>> byKind) {
    heading("monitoring.alerts");
    List<List<Alert>> shown = byKind.stream()
        .map(kind -> kind.stream().filter(a -> report.institution() == null || report.institution().key().equals(a.where().key())).toList())
        .filter(kind -> !kind.isEmpty()).toList();
    if (shown.isEmpty()) {
      document.add(paragraph(text("monitoring.alerts.none")));
    }
    for (List<Alert> kind : shown) {
      for (Alert alert : kind.subList(0, Math.min(ALERTS_PER_KIND, kind.size()))) {
        document.add(paragraph("• " + format("monitoring.alert." + alert.kind(), alert.where().name(), alert.count())));
      }
      if (kind.size() > ALERTS_PER_KIND) {
        document.add(paragraph(format("monitoring.report.alertsMore", kind.size() - ALERTS_PER_KIND)));
      }
    }
  }

  private void figures(String heading, FigureTable table, String columnPrefix) {
    heading(heading);
    List<String> headers = new ArrayList<>(List.of(text("monitoring.area")));
    table.columns().forEach(c -> headers.add(text(columnPrefix + c)));
    headers.add(text("monitoring.total"));
    List<List<String>> rows = new ArrayList<>();
    List<Integer> shown = new ArrayList<>(report.rows(table.areas().size()));
    if (report.institution() == null) {
      shown.add(table.areas().size());
    }
    for (int row : shown) {
      List<String> cells = new ArrayList<>(List.of(areaName(table.areas(), row)));
      for (int column = 0; column <= table.columns().size(); column++) {
        cells.add(table.label(row, column));
      }
      rows.add(cells);
    }
    table(headers, rows);
  }

  private void burnDown(Dashboard d) {
    if (report.institution() != null) {
      return;
    }
    int now = d.burnDown().months().indexOf(java.time.YearMonth.from(report.on()));
    if (now >= 0) {
      heading("monitoring.burnDown");
      document.add(paragraph(format("monitoring.report.burnDown", value(d.burnDown().actual().get(now)), value(d.burnDown().planned().get(now)))));
    }
  }

  /**
   * The quarter's indicators: for one institution a column of them; for the country or a region the
   * areas down the page and a few indicators across, so that every name stays readable.
   */
  private void indicators() {
    heading("monitoring.report.indicators");
    List<IndicatorTable> all = report.indicators();
    if (all.isEmpty()) {
      return;
    }
    if (report.row() >= 0) {
      List<List<String>> lines = new ArrayList<>();
      for (IndicatorTable t : all) {
        lines.add(List.of(text("indicator." + t.indicator() + ".name"), indicatorCell(t, report.row())));
      }
      table(List.of(text("monitoring.export.indicator"), subject()), lines);
      return;
    }
    List<Area> areas = all.get(0).areas();
    for (int from = 0; from < all.size(); from += INDICATORS_PER_TABLE) {
      List<IndicatorTable> group = all.subList(from, Math.min(all.size(), from + INDICATORS_PER_TABLE));
      List<String> headers = new ArrayList<>(List.of(text("monitoring.area")));
      group.forEach(t -> headers.add(text("indicator." + t.indicator() + ".name")));
      List<List<String>> lines = new ArrayList<>();
      for (int row = 0; row <= areas.size(); row++) {
        List<String> line = new ArrayList<>(List.of(areaName(areas, row)));
        for (IndicatorTable t : group) {
          line.add(indicatorCell(t, row));
        }
        lines.add(line);
      }
      table(headers, lines);
    }
  }

  /** An indicator's rate in one area, with the counts it rests on where they are shown. */
  private static String indicatorCell(IndicatorTable t, int row) {
    String counts = t.counts(row, 0);
    return t.rateLabel(row, 0) + (counts.isEmpty() ? "" : "\n" + counts);
  }

  private String areaName(List<Area> areas, int row) {
    if (row == areas.size()) {
      return text("monitoring.total");
    }
    return areas.get(row).name().isEmpty() ? text("monitoring.noRegion") : areas.get(row).name();
  }

  private void table(List<String> headers, List<List<String>> rows) {
    PdfPTable table = new PdfPTable(headers.size());
    table.setWidthPercentage(100);
    float[] widths = new float[headers.size()];
    java.util.Arrays.fill(widths, 1f);
    widths[0] = 2.2f;
    table.setWidths(widths);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, HEADER_CELL));
      cell.setBackgroundColor(new Color(0xe8, 0xf1, 0xf8));
      cell.setPadding(3);
      table.addCell(cell);
    }
    for (List<String> row : rows) {
      for (String value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(value, CELL));
        cell.setPadding(3);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  private void heading(String key) {
    Paragraph heading = new Paragraph(text(key), HEADING);
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private Paragraph paragraph(String text) {
    Paragraph paragraph = new Paragraph(text, BODY);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  private String value(Long value) {
    return value == null ? "–" : value.toString();
  }

  private String text(String key) {
    return labels.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), dates.getLocale()).format(arguments);
  }
}
