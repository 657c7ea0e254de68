package org.homeward.plan.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineGroup;
import org.primefaces.model.timeline.TimelineModel;

/**
 * A revision drawn as a timeline: phases and actions as bars from start to due date, milestones as
 * points on their baseline, coloured by status.
 */
final class PlanTimeline {

  private static final String PHASES = "phases";
  private static final String ACTIONS = "actions";
  private static final String MILESTONES = "milestones";

  private PlanTimeline() {}

  static TimelineModel<String, String> of(PlanRevision revision, LocalDate today, ResourceBundle labels) {
    TimelineModel<String, String> model = new TimelineModel<>();
    model.addGroup(new TimelineGroup<>(PHASES, labels.getString("plan.phases"), 1));
    model.addGroup(new TimelineGroup<>(ACTIONS, labels.getString("plan.actions"), 2));
    model.addGroup(new TimelineGroup<>(MILESTONES, labels.getString("plan.milestones"), 3));
    revision.getPhases().forEach(p -> model.add(TimelineEvent.<String>builder()
        .data(p.getName()).title(p.getName()).group(PHASES).startDate(p.getStartsOn()).endDate(p.getEndsOn().plusDays(1))
        .styleClass("hw-tl-phase").build()));
    for (PlanAction a : revision.getActions()) {
      LocalDate start = a.getStartsOn() != null ? a.getStartsOn() : a.getDueOn();
      model.add(TimelineEvent.<String>builder()
          .data(a.getTitle()).title(a.getTitle() + " · " + labels.getString("enum.ActionStatus." + a.getStatus().name()))
          .group(ACTIONS).startDate(start).endDate(a.getDueOn().plusDays(1))
          .styleClass(a.overdueOn(today) ? "hw-tl-action hw-tl-late" : "hw-tl-action").build());
    }
    for (Milestone m : revision.getMilestones()) {
      String status = revision.statusOf(m, today).name();
      model.add(TimelineEvent.<String>builder()
          .data(m.getTitle()).title(m.getTitle() + " · " + labels.getString("enum.MilestoneStatus." + status))
          .group(MILESTONES).startDate(m.getBaseline()).type("point")
          .styleClass("hw-tl-milestone hw-status-" + status.toLowerCase(Locale.ROOT)).build());
    }
    return model;
  }
}
