package org.homeward.committee.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/** A committee member. The ministry receives resident members without their name. */
@JsonbPropertyOrder({"id", "version", "name", "organisation", "constituency", "committeeRole", "memberFrom", "memberTo"})
public record CommitteeMemberJson(
    Long id,
    Long version,
    String name,
    String organisation,
    @Schema(implementation = Constituency.class) String constituency,
    String committeeRole,
    LocalDate memberFrom,
    LocalDate memberTo) {

  static CommitteeMemberJson of(CommitteeMember m) {
    return new CommitteeMemberJson(m.getId(), m.getVersion(), m.getName(), m.getOrganisation(), EnumParam.name(m.getConstituency()),
        m.getCommitteeRole(), m.getMemberFrom(), m.getMemberTo());
  }

  CommitteeMember toMember() {
    List<FieldError> errors = new ArrayList<>();
    CommitteeMember member = new CommitteeMember(name, organisation, EnumParam.parse(Constituency.class, constituency, "constituency", errors),
        committeeRole, memberFrom, memberTo);
    InvalidInputException.throwIfAny(errors);
    if (version != null) {
      member.setVersion(version);
    }
    return member;
  }
}
