package org.homeward.voice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.HomewardException;
import org.homeward.resident.web.ResidentPageView;
import org.homeward.problem.web.Problems;
import org.homeward.voice.boundary.PersonsVoice;
import org.homeward.voice.entity.Format;
import org.homeward.voice.entity.InformationGiven;
import org.homeward.voice.entity.Supporter;

/** The supporters the person chose, and what they were told or shown about the process. */
@Named
@ViewScoped
public class PersonsVoiceView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject PersonsVoice voice;

  private List<Supporter> supporters;
  private List<InformationGiven> information;
  private Supporter supporter;
  private InformationGiven given;


  @Override
  protected void reload() {
    supporters = voice.supporters(getId());
    information = voice.information(getId());
    supporter = new Supporter(null, null, LocalDate.now());
    given = new InformationGiven(LocalDate.now(), null, null);
  }

  public void addSupporter() {
    try {
      voice.addSupporter(getId(), supporter);
      reload();
      Problems.info("voice.supporter.saved");
    } catch (HomewardException e) {
      Problems.show(e, "supporterForm");
    }
  }

  public void recordInformation() {
    try {
      voice.recordInformation(getId(), given);
      reload();
      Problems.info("voice.information.saved");
    } catch (HomewardException e) {
      Problems.show(e, "informationForm");
    }
  }

  public Format[] getFormats() {
    return Format.values();
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
