package org.homeward.supportplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.Sex;
import org.homeward.supportplan.boundary.PlainLanguagePlan;
import org.homeward.supportplan.boundary.ReviewSchedule;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.Participation;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.SupportPlanRevision;
import org.junit.jupiter.api.Test;

/** The plan the person keeps: their own words first, then their goals and who helps, all in large type, with its title and language. */
class PlainLanguagePlanDocumentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

  /** The text as read, and the size of every character in it. */
  private record Read(String text, List<Float> sizes, String title, String language) {}

  private static SupportPlanRevision agreedPlan() {
    Resident ivana = new Resident("NR-2026-0103", "Ivana", "Horvat", LocalDate.of(1982, 6, 30), Sex.FEMALE, LocalDate.of(2015, 5, 20));
    SupportPlanRevision plan = new SupportPlanRevision(ivana, 1, "focal.north", Instant.parse("2026-11-01T09:00:00Z"));
    PlanContent words = new PlanContent();
    words.setOwnWords("I want to cook my own breakfast and choose when I sleep.");
    words.setHopesAndGoals("A flat with my friend Ana.");
    words.setToAvoid("Shouting. Locked doors.");
    words.setSupports("A personal assistant in the mornings.");
    plan.write(words, new Participation("Two meetings with Easy Read pictures", "My friend Ana", TODAY));
    plan.addStep(new ActionStep("Work at the library", "Visit the library with Fatima", "Fatima", TODAY.plusWeeks(3)));
    plan.agree(TODAY, TODAY);
    return plan;
  }

  private static Read read(byte[] pdf) throws IOException {
    List<Float> sizes = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
        super.writeString(text, positions);
      }
    };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new Read(stripper.getText(document).replaceAll("\\s+", " "), sizes, document.getDocumentInformation().getTitle(),
          document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void thePersonsOwnWordsComeFirstThenTheirGoalsWithWhoHelpsAndWhenAllInLargeType() throws IOException {
    PlainLanguagePlan plan = new PlainLanguagePlan("Ivana Horvat", agreedPlan(), "Fatima Focal Point", new ReviewSchedule(null, List.of()),
        List.of(1, 3, 6, 12), TODAY);

    Read pdf = read(PlainLanguagePlanDocument.render(plan, ENGLISH));

    assertThat(pdf.text()).containsSubsequence(
        "My plan", "This is the plan of Ivana Horvat.", "I agreed this plan on November 23, 2026.",
        "What I want", "I want to cook my own breakfast and choose when I sleep.", "A flat with my friend Ana.",
        "What I do not want", "Shouting. Locked doors.",
        "My goals", "Work at the library", "Visit the library with Fatima. Who helps: Fatima. By when: December 14, 2026.",
        "Who helps me and when", "A personal assistant in the mornings.", "My friend Ana helped me write this plan.",
        "When we look at my plan again", "After I move, we look at my plan again after 1, 3, 6 and 12 months.",
        "Who to call", "Fatima Focal Point is my focal point.");
    assertThat(pdf.text().indexOf("I want to cook")).isLessThan(pdf.text().indexOf("My goals"));
    assertThat(pdf.sizes()).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(16f));
    assertThat(pdf.title()).isEqualTo("My plan: Ivana Horvat");
    assertThat(pdf.language()).isEqualTo("en");
  }

  @Test
  void afterTheMoveThePlanSaysTheDatesItIsLookedAtAgainAndADraftSaysItIsNotFinished() throws IOException {
    Resident ana = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1968, 4, 12), Sex.FEMALE, LocalDate.of(1999, 9, 1));
    SupportPlanRevision draft = new SupportPlanRevision(ana, 1, "focal.north", Instant.parse("2026-11-01T09:00:00Z"));
    ReviewSchedule reviews = new ReviewSchedule(TODAY.minusMonths(2), List.of(
        new ReviewSchedule.Review(1, TODAY.minusMonths(1), true), new ReviewSchedule.Review(3, TODAY.plusMonths(1), false)));
    PlainLanguagePlan plan = new PlainLanguagePlan("Ana Kovac", draft, null, reviews, List.of(1, 3), TODAY);

    Read pdf = read(PlainLanguagePlanDocument.render(plan, ENGLISH));

    assertThat(pdf.text()).contains("This plan is not finished yet.", "We have not written my goals yet.",
        "We look at my plan again on December 23, 2026.", "I can ask the team who my focal point is.");
    assertThat(pdf.text()).doesNotContain("October 23, 2026");
  }
}
