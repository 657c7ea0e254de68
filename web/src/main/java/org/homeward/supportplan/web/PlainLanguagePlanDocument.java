package org.homeward.supportplan.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.homeward.supportplan.boundary.PlainLanguagePlan;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.SupportPlanRevision;

/**
 * The support plan as the person keeps it: large type (nothing under 16 pt), generous spacing,
 * headings that are the questions the person asks, and the person's own words before anything
 * else. Every label comes from the resource bundle it is given; the document says its title and
 * language so that screen readers announce them.
 */
public final class PlainLanguagePlanDocument {

  static final float BODY_SIZE = 16;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color ACCENT = new Color(0x1f, 0x6f, 0x8b);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 32, ACCENT);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24, ACCENT);
  private static final Font GOAL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, INK);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, BODY_SIZE, INK);
  private static final float LINE_SPACING = 1.5f;

  private final PlainLanguagePlan plan;
  private final ResourceBundle labels;
  private final Locale locale;
  private final DateTimeFormatter dates;
  private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

  private PlainLanguagePlanDocument(PlainLanguagePlan plan, ResourceBundle labels) {
    this.plan = plan;
    this.labels = labels;
    this.locale = labels.getLocale() == null || labels.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : labels.getLocale();
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  public static byte[] render(PlainLanguagePlan plan, ResourceBundle labels) {
    return new PlainLanguagePlanDocument(plan, labels).write();
  }

  private byte[] write() {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    document.addTitle(text("supportplan.summary.title") + ": " + plan.personName());
    document.addCreator("Homeward");
    document.open();
    title();
    whatIWant();
    myGoals();
    whoHelps();
    lookAgain();
    whoToCall();
    body(format("supportplan.summary.printedOn", date(plan.printedOn())));
    document.close();
    return pdf.toByteArray();
  }

  private void title() {
    add(new Paragraph(text("supportplan.summary.title"), TITLE));
    body(format("supportplan.summary.whose", plan.personName()));
    SupportPlanRevision revision = plan.revision();
    body(revision.agreedWithPerson() && revision.getAgreedOn() != null
        ? format("supportplan.summary.agreed", date(revision.getAgreedOn()))
        : text("supportplan.summary.draft"));
  }

  private void whatIWant() {
    PlanContent content = plan.revision().getContent();
    heading("supportplan.summary.whatIWant");
    bodyIfAny(content.getOwnWords());
    bodyIfAny(content.getHopesAndGoals());
    if (present(content.getToAvoid())) {
      heading("supportplan.summary.whatIDoNotWant");
      body(content.getToAvoid());
    }
  }

  private void myGoals() {
    heading("supportplan.summary.myGoals");
    Map<String, List<ActionStep>> byGoal = new LinkedHashMap<>();
    plan.revision().getSteps().forEach(s -> byGoal.computeIfAbsent(s.getGoal(), g -> new java.util.ArrayList<>()).add(s));
    if (byGoal.isEmpty()) {
      body(text("supportplan.summary.noGoals"));
    }
    byGoal.forEach((goal, steps) -> {
      Paragraph title = new Paragraph(goal, GOAL);
      title.setSpacingBefore(8);
      add(spaced(title));
      steps.forEach(step -> {
        String sentence = sentence(step.getStep()) + "\n" + format("supportplan.summary.step.who", step.getWho())
            + (step.getDueOn() == null ? "" : "\n" + format("supportplan.summary.step.by", date(step.getDueOn())));
        Paragraph line = spaced(new Paragraph(sentence, BODY));
        line.setIndentationLeft(24);
        add(line);
      });
    });
  }

  private void whoHelps() {
    PlanContent content = plan.revision().getContent();
    String supportedBy = plan.revision().getParticipation().getSupportedBy();
    if (!present(content.getSupports()) && !present(supportedBy)) {
      return;
    }
    heading("supportplan.summary.whoHelps");
    bodyIfAny(content.getSupports());
    if (present(supportedBy)) {
      body(format("supportplan.summary.supportedBy", supportedBy));
    }
  }

  private void lookAgain() {
    heading("supportplan.summary.lookAgain");
    ReviewSchedule reviews = plan.reviews();
    if (reviews.movedOn() == null) {
      if (!plan.reviewMonths().isEmpty()) {
        body(format("supportplan.summary.lookAgain.afterMove", listOf(plan.reviewMonths().stream().map(String::valueOf).toList())));
      }
    } else {
      reviews.reviews().stream().filter(r -> !r.done())
          .forEach(r -> body(format("supportplan.summary.lookAgain.on", date(r.dueOn()))));
    }
    body(text("supportplan.summary.lookAgain.anyTime"));
  }

  private void whoToCall() {
    heading("supportplan.summary.whoToCall");
    body(plan.focalPoint() == null ? text("supportplan.summary.noFocalPoint") : format("supportplan.summary.focalPoint", plan.focalPoint()));
  }

  /** "1, 3, 6 and 12", with the language's own word for "and". */
  private String listOf(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return format("supportplan.summary.lastOf", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
  }

  private void heading(String key) {
    Paragraph heading = new Paragraph(text(key), HEADING);
    heading.setSpacingBefore(20);
    heading.setSpacingAfter(6);
    add(heading);
  }

  private void bodyIfAny(String words) {
    if (present(words)) {
      body(words);
    }
  }

  private void body(String words) {
    add(spaced(new Paragraph(words, BODY)));
  }

  private static Paragraph spaced(Paragraph paragraph) {
    paragraph.setLeading(0, LINE_SPACING);
    paragraph.setSpacingAfter(8);
    return paragraph;
  }

  private static String sentence(String words) {
    String trimmed = words.strip();
    return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
  }

  private static boolean present(String words) {
    return words != null && !words.isBlank();
  }

  private void add(Element element) {
    document.add(element);
  }

  private String date(LocalDate date) {
    return dates.format(date);
  }

  private String text(String key) {
    return labels.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), locale).format(arguments);
  }
}
