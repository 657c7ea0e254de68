package org.homeward.supportplan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.supportplan.entity.Participation;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.PlanStatus;
import org.homeward.supportplan.entity.SupportPlanRevision;

/**
 * A support plan revision. PUT takes {@code version}, the plan's words and the participation record;
 * agreeing is {@code POST .../agreement {"version","agreedOn"}}.
 */
@JsonbPropertyOrder({"number", "version", "status", "ownWords", "strengths", "challenges", "dayToDay", "hopesAndGoals", "toAvoid",
    "supports", "healthCare", "educationAndWork", "benefits", "addressesInclusion", "peerSupportOffered", "complaintsAccess", "participationHow", "participationSupportedBy", "participationOn",
    "agreedOn", "startedBy", "startedAt", "steps"})
public record SupportPlanJson(
    @Schema(readOnly = true) Integer number,
    Long version,
    @Schema(readOnly = true, implementation = PlanStatus.class) String status,
    String ownWords,
    String strengths,
    String challenges,
    String dayToDay,
    String hopesAndGoals,
    String toAvoid,
    String supports,
    String healthCare,
    String educationAndWork,
    String benefits,
    @Schema(description = "The plan addresses community inclusion and social connection") boolean addressesInclusion,
    @Schema(description = "Peer support was offered") boolean peerSupportOffered,
    @Schema(description = "The person knows how to complain and can reach the complaints mechanism") boolean complaintsAccess,
    String participationHow,
    String participationSupportedBy,
    LocalDate participationOn,
    @Schema(readOnly = true) LocalDate agreedOn,
    @Schema(readOnly = true) String startedBy,
    @Schema(readOnly = true) Instant startedAt,
    @Schema(readOnly = true) List<StepJson> steps) {

  public static SupportPlanJson of(SupportPlanRevision r) {
    PlanContent c = r.getContent();
    Participation p = r.getParticipation();
    return new SupportPlanJson(r.getNumber(), r.getVersion(), EnumParam.name(r.getStatus()), c.getOwnWords(), c.getStrengths(),
        c.getChallenges(), c.getDayToDay(), c.getHopesAndGoals(), c.getToAvoid(), c.getSupports(), c.getHealthCare(),
        c.getEducationAndWork(), c.getBenefits(), c.isAddressesInclusion(), c.isPeerSupportOffered(), c.isComplaintsAccess(), p.getHow(), p.getSupportedBy(), p.getOn(), r.getAgreedOn(), r.getStartedBy(),
        r.getStartedAt(), r.getSteps().stream().map(StepJson::of).toList());
  }

  PlanContent content() {
    PlanContent c = new PlanContent();
    c.setOwnWords(ownWords);
    c.setStrengths(strengths);
    c.setChallenges(challenges);
    c.setDayToDay(dayToDay);
    c.setHopesAndGoals(hopesAndGoals);
    c.setToAvoid(toAvoid);
    c.setSupports(supports);
    c.setHealthCare(healthCare);
    c.setEducationAndWork(educationAndWork);
    c.setBenefits(benefits);
    c.setAddressesInclusion(addressesInclusion);
    c.setPeerSupportOffered(peerSupportOffered);
    c.setComplaintsAccess(complaintsAccess);
    return c;
  }

  Participation participation() {
    return new Participation(participationHow, participationSupportedBy, participationOn);
  }
}
