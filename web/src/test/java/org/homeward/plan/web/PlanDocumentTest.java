package org.homeward.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.committee.boundary.CommitteeComposition;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.institution.entity.Unit;
import org.homeward.plan.boundary.PlanPrint;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.ConsultationKind;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.PlannedUse;
import org.homeward.plan.entity.RepurposingSite;
import org.homeward.plan.entity.SiteKind;
import org.junit.jupiter.api.Test;

/** The printed plan holds every section published plans have, with the plan's own records in them. */
class PlanDocumentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void thePrintedPlanHoldsTheInstitutionItsMilestonesActionsConsultationAndSites() throws IOException {
    Institution institution = new Institution("PH-01", "North Regional Hospital", InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC,
        "North", 240, 198);
    institution.addUnit(new Unit("Ward A", 60, TODAY.plusMonths(6)));
    PlanRevision revision = ClosurePlan.create(institution, TODAY.plusYears(3), "committee", Instant.now(), TODAY).current();
    revision.addAction(new PlanAction("Secure 40 tenancies", ActionCategory.HOUSING, "Committee chair", TODAY, TODAY.plusMonths(4)));
    ConsultationEvent discussion = new ConsultationEvent(TODAY, ConsultationKind.COMMUNITY_DISCUSSION, "Residents of Eastbrook", "Hall");
    discussion.setConcerns("Safety");
    RepurposingSite grounds = new RepurposingSite("East grounds", SiteKind.LAND, PlannedUse.SALE);
    PlanPrint print = new PlanPrint(institution, revision, CommitteeComposition.of(List.of(), TODAY), List.of(discussion), List.of(grounds), TODAY);

    byte[] pdf = PlanDocument.render(print, ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains(
        "Closure plan: North Regional Hospital", "Residents", "Ward A", "Staff", "Timeline and milestones", "Institution closed",
        "Secure 40 tenancies", "Management committee", "No one who lives in the institution", "Consultation and public input",
        "Residents of Eastbrook", "Buildings and land", "East grounds", "ring-fenced", "Fiscal impact");
  }
}
