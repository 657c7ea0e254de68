package org.homeward.network.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.network.control.HomeChoices;
import org.homeward.network.control.NetworkRepository;
import org.homeward.network.entity.LiveTogetherLink;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Keeping friends and couples together: residents of one institution who want to live together are
 * linked, and each pair is flagged while their chosen or secured homes differ, so the teams of both
 * plan one move rather than two. Linking needs access to both people's records.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class LivingTogether {

  @Inject NetworkRepository repository;
  @Inject ResidentRepository residents;
  @Inject ResidentAccess access;
  @Inject HomeChoices homes;
  @Inject Validator validator;
  @Inject Clock clock;

  /** The people this person wants to live with, each with how their homes differ. */
  @RecordsRead(AuditAction.SEARCH)
  public List<LiveTogetherPair> links(long residentId) {
    Resident person = access.require(residentId);
    return repository.currentLinks(residentId).stream().map(l -> pair(l, person, l.partnerOf(residentId))).toList();
  }

  /** The institution's pairs, for the committee planning the moves. */
  @RecordsRead(AuditAction.SEARCH)
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public List<LiveTogetherPair> pairs(@InScope long institutionId) {
    return repository.currentLinksIn(institutionId).stream().map(l -> pair(l, l.getFirst(), l.getSecond())).toList();
  }

  public LiveTogetherPair link(long residentId, Long partnerId, LiveTogetherLink draft) {
    Resident person = access.require(residentId);
    if (partnerId == null || residents.find(partnerId).isEmpty()) {
      throw new InvalidInputException("partnerId", "{network.partner.unknown}");
    }
    Resident partner = access.require(partnerId);
    InvalidInputException.throwIfAny(validator.validate(draft), LiveTogetherLink.pairingErrors(person, partner));
    if (repository.linked(residentId, partnerId)) {
      throw new DuplicateRecordException("partnerId", "{network.liveTogether.duplicate}");
    }
    draft.link(person, partner);
    return pair(repository.add(draft), person, partner);
  }

  /** Ends the link, at either person's wish; the record stays, with the day it ended. */
  public void end(long residentId, long linkId) {
    access.require(residentId);
    LiveTogetherLink link = repository.link(linkId).filter(l -> l.current() && l.involves(residentId))
        .orElseThrow(() -> new RecordNotFoundException("LiveTogetherLink", linkId));
    link.end(LocalDate.now(clock));
  }

  private LiveTogetherPair pair(LiveTogetherLink link, Resident person, Resident partner) {
    return new LiveTogetherPair(link, person, partner, homes.difference(person.getId(), partner.getId()).orElse(null));
  }
}
