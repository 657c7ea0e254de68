package org.homeward.personsrecord.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.homeward.assessment.api.AssessmentJson;
import org.homeward.followup.api.FollowUpJson;
import org.homeward.network.api.ContactJson;
import org.homeward.personsrecord.boundary.PersonsRecord;
import org.homeward.placement.api.DiscussionJson;
import org.homeward.placement.api.LivingOptionJson;
import org.homeward.placement.api.PlacementJson;
import org.homeward.qol.api.QualityOfLifeJson;
import org.homeward.resident.api.FocalPointJson;
import org.homeward.resident.api.ResidentJson;
import org.homeward.resident.api.StatusChangeJson;
import org.homeward.supportplan.api.SupportPlanJson;
import org.homeward.voice.api.InformationJson;
import org.homeward.voice.api.SupporterJson;

/** Everything Homeward holds about one person, in the same shapes as the API's other answers. */
@JsonbPropertyOrder({"exportedAt", "exportedBy", "person", "statusHistory", "focalPoints", "supporters", "informationGiven",
    "contacts", "needsAssessments", "supportPlan", "livingOptions", "placement", "preMoveDiscussions", "followUps",
    "qualityOfLife"})
public record PersonsRecordJson(
    Instant exportedAt,
    String exportedBy,
    ResidentJson person,
    List<StatusChangeJson> statusHistory,
    List<FocalPointJson> focalPoints,
    List<SupporterJson> supporters,
    List<InformationJson> informationGiven,
    List<ContactJson> contacts,
    List<AssessmentJson> needsAssessments,
    List<SupportPlanJson> supportPlan,
    List<LivingOptionJson> livingOptions,
    PlacementJson placement,
    List<DiscussionJson> preMoveDiscussions,
    List<FollowUpJson> followUps,
    List<QualityOfLifeJson> qualityOfLife) {

  public static PersonsRecordJson of(PersonsRecord r, int maxUnrelated, Locale locale) {
    return new PersonsRecordJson(r.exportedAt(), r.exportedBy(), ResidentJson.of(r.resident()),
        r.resident().getStatusHistory().stream().map(StatusChangeJson::of).toList(),
        r.resident().getFocalPointHistory().stream().map(FocalPointJson::of).toList(),
        r.supporters().stream().map(SupporterJson::of).toList(),
        r.information().stream().map(InformationJson::of).toList(),
        r.contacts().stream().map(ContactJson::of).toList(),
        r.assessments().stream().map(a -> AssessmentJson.of(a, locale)).toList(),
        r.supportPlan().stream().map(SupportPlanJson::of).toList(),
        r.livingOptions().stream().map(LivingOptionJson::of).toList(),
        r.placement().map(p -> PlacementJson.of(p, maxUnrelated)).orElse(null),
        r.preMoveDiscussions().stream().map(DiscussionJson::of).toList(),
        r.followUps().stream().map(FollowUpJson::of).toList(),
        r.qualityOfLife().stream().map(QualityOfLifeJson::of).toList());
  }
}
