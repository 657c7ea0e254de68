package org.homeward.personsrecord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.followup.entity.Outcome;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.personsrecord.api.PersonsRecordJson;
import org.homeward.personsrecord.boundary.PersonsRecord;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.Sex;
import org.homeward.voice.entity.Supporter;
import org.junit.jupiter.api.Test;

/** The readable copy of a person's record says what the JSON export says, section by section, in words. */
class PersonsRecordDocumentTest {

  @Test
  void everyPartOfTheRecordHasItsSectionAndCodesReadAsWords() throws IOException {
    Resident ana = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1970, 5, 1), Sex.FEMALE, LocalDate.of(2001, 3, 1));
    ana.admitTo(new Institution("PH-01", "North Hospital", InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC, "North", 40, 30),
        null, "committee", Instant.parse("2026-01-01T10:00:00Z"));
    FollowUpVisit visit = new FollowUpVisit(LocalDate.of(2026, 10, 1), "7 Riverside Lane", true, Outcome.SETTLED);
    visit.setPersonsWords("I have my own key.");
    PersonsRecord record = new PersonsRecord(ana, Instant.parse("2026-11-23T10:00:00Z"), "focal.north",
        List.of(new Supporter("Maja", "Sister", LocalDate.of(2026, 2, 1))), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
        List.of(), List.of(visit), List.of());

    byte[] pdf = PersonsRecordDocument.render(PersonsRecordJson.of(record, 4, Locale.ENGLISH),
        ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH));

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Everything Homeward holds about Ana Kovac");
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("About the person", "Given name Ana", "Supporters the person chose", "Maja",
        "Needs assessments Nothing recorded.", "Follow-up visits after the move", "I have my own key.", "Outcome Settled");
    assertThat(text.indexOf("About the person")).isLessThan(text.indexOf("Follow-up visits after the move"));
  }
}
