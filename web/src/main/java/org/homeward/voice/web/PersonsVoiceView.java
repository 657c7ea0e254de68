package org.homeward.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;
import org.homeward.voice.boundary.PersonsVoice;
import org.homeward.voice.entity.Format;
import org.homeward.voice.entity.InformationGiven;
import org.homeward.voice.entity.Supporter;

/** The supporters the person chose, and what they were told or shown about the process. */
@Named
@ViewScoped
public class PersonsVoiceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PersonsVoice voice;
  @Inject Residents residents;

  private Long id;
  private Resident resident;
  private List<Supporter> supporters;
  private List<InformationGiven> information;
  private Supporter supporter;
  private InformationGiven given;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Resident", null);
      }
      resident = residents.find(id);
      reload();
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private void reload() {
    supporters = voice.supporters(id);
    information = voice.information(id);
    supporter = new Supporter(null, null, LocalDate.now());
    given = new InformationGiven(LocalDate.now(), null, null);
  }

  public void addSupporter() {
    try {
      voice.addSupporter(id, supporter);
      reload();
      Problems.info("voice.supporter.saved");
    } catch (HomewardException e) {
      Problems.show(e, "supporterForm");
    }
  }

  public void recordInformation() {
    try {
      voice.recordInformation(id, given);
      reload();
      Problems.info("voice.information.saved");
    } catch (HomewardException e) {
      Problems.show(e, "informationForm");
    }
  }

  public Format[] getFormats() {
    return Format.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Resident getResident() {
    return resident;
  }

  public List<Supporter> getSupporters() {
    return supporters;
  }

  public List<InformationGiven> getInformation() {
    return information;
  }

  public Supporter getSupporter() {
    return supporter;
  }

  public InformationGiven getGiven() {
    return given;
  }
}
