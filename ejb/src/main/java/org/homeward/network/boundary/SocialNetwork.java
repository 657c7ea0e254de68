package org.homeward.network.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.network.control.NetworkRepository;
import org.homeward.network.entity.Contact;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * The people in a person's family and social network and the person's wishes about contact with
 * them, kept by whoever may see the person's record (their focal point, the committee, administrators).
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class SocialNetwork {

  @Inject NetworkRepository repository;
  @Inject ResidentAccess access;
  @Inject Validator validator;

  @RecordsRead(AuditAction.SEARCH)
  public List<Contact> contacts(long residentId) {
    access.require(residentId);
    return repository.contacts(residentId);
  }

  /** Records someone in the person's network; no progress towards contact against the person's wish. */
  public Contact addContact(long residentId, Contact draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    draft.attachTo(resident);
    return repository.add(draft);
  }

  /** Changes a contact, e.g. the person's wish or the progress made; send the version read. */
  public Contact updateContact(long residentId, long contactId, Contact edited) {
    access.require(residentId);
    Contact contact = repository.contacts(residentId).stream().filter(c -> c.getId() == contactId).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
    StaleRecordException.requireVersion(contact.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors());
    contact.updateFrom(edited);
    return contact;
  }
}
