package org.homeward.plan.web;

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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.boundary.PlanPrint;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.Phase;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.RepurposingSite;

/**
 * A closure plan as printed for a committee meeting or published: the institution and its
 * residents, staff, the timeline and milestones, the committee, consultation and public input,
 * buildings and land, and fiscal impact, in the order published closure plans take. Every label
 * comes from the resource bundle it is given.
 */
public final class PlanDocument {

  private static final Color ACCENT = new Color(0x1f, 0x6f, 0x8b);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, ACCENT);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, ACCENT);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
  private static final Font HEADER_CELL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9);

  private final PlanPrint print;
  private final ResourceBundle labels;
  private final DateTimeFormatter dates;
  private final Document document = new Document(PageSize.A4, 48, 48, 56, 56);

  private PlanDocument(PlanPrint print, ResourceBundle labels) {
    this.print = print;
    this.labels = labels;
    Locale locale = labels.getLocale() == null || labels.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : labels.getLocale();
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  public static byte[] render(PlanPrint print, ResourceBundle labels) {
    return new PlanDocument(print, labels).write();
  }

  private byte[] write() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfWriter.getInstance(document, pdf);
    HeaderFooter footer = new HeaderFooter(new Phrase(print.institution().getCode() + " · " + text("print.page") + " ", SMALL), true);
    footer.setAlignment(Element.ALIGN_CENTER);
    footer.setBorder(0);
    document.setFooter(footer);
    document.open();
    title();
    residents();
    staff();
    timeline();
    committee();
    consultation();
    buildingsAndLand();
    fiscalImpact();
    changes();
    document.close();
    return pdf.toByteArray();
  }

  private void title() {
    Institution institution = print.institution();
    PlanRevision revision = print.revision();
    add(new Paragraph(format("print.title", institution.getName()), TITLE));
    String state = revision.getApprovedBy() == null
        ? text("print.revision.draft")
        : format("print.revision.approved", revision.getApprovedBy(), date(LocalDate.ofInstant(revision.getApprovedAt(), java.time.ZoneId.systemDefault())));
    add(paragraph(format("print.revision", revision.getNumber(), label("RevisionStatus", revision.getStatus()), state)));
    add(paragraph(format("print.target", date(revision.getTargetClosureOn()))));
    add(new Paragraph(format("print.printedOn", date(print.printedOn())), SMALL));
  }

  private void residents() {
    Institution institution = print.institution();
    heading("print.residents");
    add(paragraph(format("print.residents.figures", institution.getBedCapacity(), institution.getCurrentResidents())));
    table(institution.getUnits(), new String[] {"print.unit.name", "print.unit.beds", "print.unit.closes"},
        u -> new String[] {u.getName(), String.valueOf(u.getBeds()), date(u.getPlannedClosureOn())});
  }

  private void staff() {
    heading("print.staff");
    add(paragraph(text("print.staff.notYet")));
  }

  private void timeline() {
    PlanRevision revision = print.revision();
    heading("print.timeline");
    subheading("print.phases");
    table(revision.getPhases(), new String[] {"print.phase.name", "print.phase.from", "print.phase.to"},
        (Phase p) -> new String[] {p.getName(), date(p.getStartsOn()), date(p.getEndsOn())});
    subheading("print.milestones");
    table(revision.getMilestones(),
        new String[] {"print.milestone.title", "print.milestone.baseline", "print.milestone.forecast", "print.milestone.achieved", "print.milestone.status"},
        (Milestone m) -> new String[] {m.getTitle(), date(m.getBaseline()), date(m.getForecastOn()), date(m.getAchievedOn()),
            label("MilestoneStatus", revision.statusOf(m, print.printedOn()))});
    subheading("print.actions");
    table(revision.getActions(), new String[] {"print.action.title", "print.action.category", "print.action.owner", "print.action.due", "print.action.status"},
        (PlanAction a) -> new String[] {a.getTitle(), label("ActionCategory", a.getCategory()), a.getOwner(), date(a.getDueOn()),
            label("ActionStatus", a.getStatus())});
  }

  private void committee() {
    heading("print.committee");
    add(paragraph(format("print.committee.serving", print.committee().serving())));
    if (print.committee().isWithoutResident()) {
      add(paragraph(text("print.committee.noResident")));
    }
    if (!print.committee().missing().isEmpty()) {
      add(paragraph(format("print.committee.missing",
          String.join(", ", print.committee().missing().stream().map(c -> label("Constituency", c)).toList()))));
    }
  }

  private void consultation() {
    heading("print.consultation");
    table(print.consultations(),
        new String[] {"print.consultation.date", "print.consultation.kind", "print.consultation.audience", "print.consultation.concerns",
            "print.consultation.response"},
        (ConsultationEvent e) -> new String[] {date(e.getHeldOn()), label("ConsultationKind", e.getKind()), e.getAudience(), e.getConcerns(),
            e.getResponse()});
  }

  private void buildingsAndLand() {
    heading("print.sites");
    NumberFormat money = NumberFormat.getNumberInstance(dates.getLocale());
    money.setMinimumFractionDigits(2);
    table(print.sites(),
        new String[] {"print.site.name", "print.site.kind", "print.site.use", "print.site.status", "print.site.proceeds"},
        (RepurposingSite s) -> new String[] {s.getName(), label("SiteKind", s.getKind()), label("PlannedUse", s.getPlannedUse()),
            label("RepurposingStatus", s.getStatus()), s.getProceeds() == null ? "" : money.format(s.getProceeds()) + " " + s.getCurrency()});
    if (!print.sites().isEmpty()) {
      add(paragraph(text("print.sites.ringFenced")));
    }
  }

  private void fiscalImpact() {
    heading("print.fiscal");
    add(paragraph(text("print.fiscal.notYet")));
  }

  private void changes() {
    heading("print.changes");
    String summary = print.revision().getChangeSummary();
    add(paragraph(summary == null || summary.isBlank() ? text("print.none") : summary));
  }

  private <T> void table(List<T> rows, String[] headers, Function<T, String[]> cells) {
    if (rows.isEmpty()) {
      add(paragraph(text("print.none")));
      return;
    }
    PdfPTable table = new PdfPTable(headers.length);
    table.setWidthPercentage(100);
    float[] widths = new float[headers.length];
    java.util.Arrays.fill(widths, 1f);
    widths[0] = 2f;
    table.setWidths(widths);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setHeaderRows(1);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(text(header), HEADER_CELL));
      cell.setBackgroundColor(new Color(0xe8, 0xf1, 0xf8));
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (T row : rows) {
      for (String value : cells.apply(row)) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, CELL));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    add(table);
  }

  private void heading(String key) {
    Paragraph heading = new Paragraph(text(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    add(heading);
  }

  private void subheading(String key) {
    Paragraph heading = new Paragraph(text(key), HEADER_CELL);
    heading.setSpacingBefore(6);
    add(heading);
  }

  private Paragraph paragraph(String text) {
    Paragraph paragraph = new Paragraph(text, BODY);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  private void add(Element element) {
    document.add(element);
  }

  private String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  private String label(String type, Enum<?> value) {
    return value == null ? "" : text("enum." + type + "." + value.name());
  }

  private String text(String key) {
    return labels.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), dates.getLocale()).format(arguments);
  }
}
