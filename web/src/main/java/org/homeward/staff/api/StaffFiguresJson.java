package org.homeward.staff.api;

import java.util.List;
import java.util.Locale;
import org.homeward.api.EnumParam;
import java.util.Map;
import org.homeward.staff.boundary.StaffFigures;

/** An institution's staff in numbers, without a name. */
public record StaffFiguresJson(
    long total,
    Map<String, Long> byRole,
    Map<String, Long> byWillingness,
    Map<String, Long> byStatus,
    List<Course> training,
    Map<String, Long> acceptedByKind) {

  /** For one course: how many still need it (needed or planned) and how many completed it. */
  public record Course(String course, String label, long stillNeeded, long completed) {}

  static StaffFiguresJson of(StaffFigures f, Locale locale) {
    return new StaffFiguresJson(f.total(), EnumParam.byName(f.byRole()), EnumParam.byName(f.byWillingness()), EnumParam.byName(f.byStatus()),
        f.training().stream().map(c -> new Course(c.course().getCode(), ReferenceLabels.of(c.course(), locale), c.stillNeeded(), c.completed()))
            .toList(),
        EnumParam.byName(f.acceptedByKind()));
  }

}
