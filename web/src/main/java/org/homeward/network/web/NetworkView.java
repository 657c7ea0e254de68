package org.homeward.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.homeward.database.boundary.PageRequest;
import org.homeward.network.boundary.LiveTogetherPair;
import org.homeward.network.boundary.LivingTogether;
import org.homeward.network.boundary.SocialNetwork;
import org.homeward.network.entity.Contact;
import org.homeward.network.entity.ContactProgress;
import org.homeward.network.entity.ContactWish;
import org.homeward.network.entity.LiveTogetherLink;
import org.homeward.network.entity.Relationship;
import org.homeward.problem.HomewardException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.ResidentFilter;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.web.ResidentPageView;

/** A person's family and social network, and the residents they want to live with. */
@Named
@ViewScoped
public class NetworkView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject SocialNetwork network;
  @Inject LivingTogether livingTogether;
  @Inject Residents people;

  private List<Contact> contacts;
  private Contact contact;
  private Long editedContactId;
  private List<LiveTogetherPair> links;
  private List<Resident> partners;
  private LiveTogetherLink link;
  private Long partnerId;

  @Override
  protected void reload() {
    contacts = network.contacts(getId());
    contact = blankContact();
    editedContactId = null;
    links = livingTogether.links(getId());
    partners = people.search(getResident().getInstitution().getId(), ResidentFilter.none(), PageRequest.of(0, PageRequest.MAX_SIZE)).items()
        .stream().filter(this::mayBeLinked).toList();
    link = new LiveTogetherLink(LocalDate.now(), null);
    partnerId = null;
  }

  public void saveContact() {
    try {
      if (editedContactId == null) {
        network.addContact(getId(), contact);
      } else {
        network.updateContact(getId(), editedContactId, contact);
      }
      reload();
      Problems.info("network.contact.saved");
    } catch (HomewardException e) {
      Problems.show(e, "contactForm");
    }
  }

  /** Copies the contact into the form, with the version it was read at. */
  public void editContact(Contact selected) {
    Contact copy = new Contact(selected.getName(), selected.getRelationship(), selected.getWish(), selected.getProgress());
    copy.setHowToReach(selected.getHowToReach());
    copy.setFamilySupport(selected.getFamilySupport());
    copy.setNotes(selected.getNotes());
    copy.setVersion(selected.getVersion());
    contact = copy;
    editedContactId = selected.getId();
  }

  public void cancelEdit() {
    contact = blankContact();
    editedContactId = null;
  }

  public void link() {
    try {
      livingTogether.link(getId(), partnerId, link);
      reload();
      Problems.info("network.liveTogether.saved");
    } catch (HomewardException e) {
      Problems.show(e, "linkForm");
    }
  }

  public void end(LiveTogetherPair pair) {
    try {
      livingTogether.end(getId(), pair.getId());
      reload();
      Problems.info("network.liveTogether.ended");
    } catch (HomewardException e) {
      Problems.show(e, "linksForm");
    }
  }

  /** The people the person wants no contact with, to be shown before anything else. */
  public List<Contact> getNoContact() {
    return contacts.stream().filter(Contact::noContactWished).toList();
  }

  private boolean mayBeLinked(Resident candidate) {
    return !candidate.getId().equals(getId()) && links.stream().noneMatch(l -> l.partner().getId().equals(candidate.getId()));
  }

  private static Contact blankContact() {
    return new Contact(null, null, null, ContactProgress.NOT_STARTED);
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }

  public ContactWish[] getWishes() {
    return ContactWish.values();
  }

  public ContactProgress[] getProgresses() {
    return ContactProgress.values();
  }

  public List<Contact> getContacts() {
    return contacts;
  }

  public Contact getContact() {
    return contact;
  }

  public boolean isEditingContact() {
    return editedContactId != null;
  }

  public List<LiveTogetherPair> getLinks() {
    return links;
  }

  public List<Resident> getPartners() {
    return partners;
  }

  public LiveTogetherLink getLink() {
    return link;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }
}
