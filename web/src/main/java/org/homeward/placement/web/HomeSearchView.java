package org.homeward.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.placement.boundary.Placements;
import org.homeward.placement.entity.Arrangement;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.PlannedService;
import org.homeward.placement.entity.PreMoveDiscussion;
import org.homeward.placement.entity.TenancyHolder;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.resident.boundary.Residents;
import org.homeward.resident.entity.Resident;

/** Where the person will live: the options they explored and chose, the placement secured, the pre-move discussion. */
@Named
@ViewScoped
public class HomeSearchView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Placements placements;
  @Inject Residents residents;

  private Long id;
  private Resident resident;
  private List<LivingOption> options;
  private LivingOption option;
  private Placement placement;
  private boolean placementStored;
  private List<PreMoveDiscussion> discussions;
  private PreMoveDiscussion discussion;

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
    options = placements.options(id);
    var stored = placements.placement(id);
    placementStored = stored.isPresent();
    placement = stored.map(HomeSearchView::copyOf).orElseGet(Placement::new);
    discussions = placements.discussions(id);
  }

  public void newOption() {
    option = new LivingOption();
  }

  public void saveOption() {
    try {
      placements.addOption(id, option);
      option = null;
      reload();
      Problems.info("home.option.saved");
    } catch (HomewardException e) {
      Problems.show(e, "optionForm");
    }
  }

  public void choose(LivingOption chosen) {
    try {
      placements.choose(id, chosen.getId());
      reload();
      Problems.info("home.option.chosenNow");
    } catch (HomewardException e) {
      Problems.show(e, "optionsForm");
    }
  }

  public void savePlacement() {
    try {
      placements.savePlacement(id, placement);
      reload();
      Problems.info("home.placement.saved");
    } catch (HomewardException e) {
      Problems.show(e, "placementForm");
    }
  }

  public void newDiscussion() {
    discussion = new PreMoveDiscussion(LocalDate.now(), null, List.of(new PlannedService()));
  }

  public void addServiceRow() {
    discussion.getServices().add(new PlannedService());
  }

  public void saveDiscussion() {
    try {
      placements.addDiscussion(id, discussion);
      discussion = null;
      reload();
      Problems.info("home.discussion.saved");
    } catch (HomewardException e) {
      Problems.show(e, "discussionForm");
    }
  }

  /** Whether the placement as entered risks being a mini-institution. */
  public boolean isMiniInstitutionRisk() {
    return placement.getTenancyHolder() != null && placement.getUnrelatedResidents() != null
        && placement.miniInstitutionRisk(placements.maxUnrelated());
  }

  public int getMaxUnrelated() {
    return placements.maxUnrelated();
  }

  private static Placement copyOf(Placement p) {
    Placement copy = new Placement(p.getArrangement(), p.getAddress(), p.getTenancyHolder(), p.getUnrelatedResidents());
    copy.setProvider(p.getProvider());
    copy.setSupportHoursPerWeek(p.getSupportHoursPerWeek());
    copy.setMoveInOn(p.getMoveInOn());
    copy.setJustification(p.getJustification());
    copy.setVersion(p.getVersion());
    return copy;
  }

  public Arrangement[] getArrangements() {
    return Arrangement.values();
  }

  public TenancyHolder[] getHolders() {
    return TenancyHolder.values();
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

  public List<LivingOption> getOptions() {
    return options;
  }

  public LivingOption getOption() {
    return option;
  }

  public Placement getPlacement() {
    return placement;
  }

  public boolean isPlacementStored() {
    return placementStored;
  }

  public List<PreMoveDiscussion> getDiscussions() {
    return discussions;
  }

  public PreMoveDiscussion getDiscussion() {
    return discussion;
  }

  /** The services of the discussion being recorded, as a list the form can index. */
  public List<PlannedService> getServiceRows() {
    return discussion == null ? new ArrayList<>() : discussion.getServices();
  }
}
