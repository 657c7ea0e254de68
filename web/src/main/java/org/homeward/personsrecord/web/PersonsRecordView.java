package org.homeward.personsrecord.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.homeward.personsrecord.api.PersonsRecordJson;
import org.homeward.personsrecord.boundary.PersonsRecords;
import org.homeward.placement.boundary.Placements;
import org.homeward.problem.HomewardException;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.problem.web.Problems;
import org.omnifaces.util.Faces;

/** Downloads of the person's own record from their page: a readable PDF and the JSON. */
@Named
@RequestScoped
public class PersonsRecordView {

  @Inject PersonsRecords records;
  @Inject Placements placements;

  public void pdf(long residentId) {
    try {
      byte[] pdf = PersonsRecordDocument.render(json(residentId), ResourceBundle.getBundle(ProblemMessages.BUNDLE, Faces.getLocale()));
      Faces.sendFile(pdf, "record-" + residentId + ".pdf", true);
    } catch (HomewardException e) {
      Problems.show(e, "recordForm");
    }
  }

  public void json(long residentId, boolean download) {
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      Faces.sendFile(jsonb.toJson(json(residentId)).getBytes(StandardCharsets.UTF_8), "record-" + residentId + ".json", download);
    } catch (HomewardException e) {
      Problems.show(e, "recordForm");
    } catch (Exception e) {
      throw new IllegalStateException("the person's record could not be written as JSON", e);
    }
  }

  private PersonsRecordJson json(long residentId) {
    return PersonsRecordJson.of(records.export(residentId), placements.maxUnrelated(), Faces.getLocale());
  }
}
