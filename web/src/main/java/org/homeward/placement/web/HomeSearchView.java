package org.homeward.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.homeward.resident.web.ResidentPageView;
import org.homeward.problem.web.Problems;

/** Where the person will live: the options they explored and chose, the placement secured, the pre-move discussion. */
@Named
@ViewScoped
public class HomeSearchView extends ResidentPageView {

  private static final long serialVersionUID = 1L;

  @Inject Placements placements;

  private List<LivingOption> options;
  private LivingOption option;
  private Placement placement;
  private boolean placementStored;
  private List<PreMoveDiscussion> discussions;
  private PreMoveDiscussion discussion;


  @Override
  protected void reload() {
    options = placements.options(getId());
    var stored = placements.placement(getId());
    placementStored = stored.isPresent();
    placement = stored.map(HomeSearchView::copyOf).orElseGet(Placement::new);
    discussions = placements.discussions(getId());
  }

  public void newOption() {
    option = new LivingOption();
  }

  public void saveOption() {
    try {
      placements.addOption(getId(), option);
      option = null;
      reload();
      Problems.info("home.option.saved");
    } catch (HomewardException e) {
      Problems.show(e, "optionForm");
    }
  }

  public void choose(LivingOption chosen) {
    try {
      placements.choose(getId(), chosen.getId());
      reload();
      Problems.info("home.option.chosenNow");
    } catch (HomewardException e) {
      Problems.show(e, "optionsForm");
    }
  }

  public void savePlacement() {
    try {
      placements.savePlacement(getId(), placement);
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
      placements.addDiscussion(getId(), discussion);
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
