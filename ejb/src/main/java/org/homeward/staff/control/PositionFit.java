package org.homeward.staff.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;
import org.homeward.staff.entity.Willingness;

/**
 * How well a staff member fits a community position, out of 100, with the reason behind every
 * point: qualifications the position requires (35), its required courses completed, or planned
 * for half (25), the region they would work in (15), their willingness to work in community
 * services (15, undecided 7) and the same role (10).
 */
public record PositionFit(int score, List<Reason> reasons) implements Serializable {

  public static final int MAX = 100;

  /** What one criterion found: the codes met, planned and missing, or the values compared. */
  public enum Criterion {
    QUALIFICATIONS(35), TRAINING(25), REGION(15), WILLINGNESS(15), ROLE(10);

    private final int weight;

    Criterion(int weight) {
      this.weight = weight;
    }

    public int weight() {
      return weight;
    }
  }

  public record Reason(Criterion criterion, boolean met, int points, List<String> have, List<String> planned, List<String> missing,
      String staffValue, String positionValue) implements Serializable {
  }

  /** {@code trainings}: the member's course codes and how far each has gone. */
  public static PositionFit of(StaffMember member, Map<String, TrainingStatus> trainings, CommunityPosition position) {
    List<Reason> reasons = List.of(qualifications(member, position), training(trainings, position), region(member, position),
        willingness(member), role(member, position));
    return new PositionFit(reasons.stream().mapToInt(Reason::points).sum(), reasons);
  }

  private static Reason qualifications(StaffMember member, CommunityPosition position) {
    List<String> have = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Qualification required : position.qualificationsInOrder()) {
      boolean held = member.getQualifications().stream().anyMatch(q -> q.getCode().equals(required.getCode()));
      (held ? have : missing).add(required.getCode());
    }
    int points = share(Criterion.QUALIFICATIONS, have.size(), have.size() + missing.size());
    return new Reason(Criterion.QUALIFICATIONS, missing.isEmpty(), points, have, List.of(), missing, null, null);
  }

  private static Reason training(Map<String, TrainingStatus> trainings, CommunityPosition position) {
    List<String> completed = new ArrayList<>();
    List<String> planned = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (TrainingCourse required : position.coursesInOrder()) {
      TrainingStatus status = trainings.get(required.getCode());
      (status == TrainingStatus.COMPLETED ? completed : status == TrainingStatus.PLANNED ? planned : missing).add(required.getCode());
    }
    int required = completed.size() + planned.size() + missing.size();
    int points = required == 0 ? Criterion.TRAINING.weight()
        : Math.round(Criterion.TRAINING.weight() * (completed.size() + planned.size() / 2f) / required);
    return new Reason(Criterion.TRAINING, planned.isEmpty() && missing.isEmpty(), points, completed, planned, missing, null, null);
  }

  private static Reason region(StaffMember member, CommunityPosition position) {
    boolean same = normalized(member.getRegion()).equals(normalized(position.getRegion())) && member.getRegion() != null;
    return new Reason(Criterion.REGION, same, same ? Criterion.REGION.weight() : 0, List.of(), List.of(), List.of(),
        member.getRegion(), position.getRegion());
  }

  private static Reason willingness(StaffMember member) {
    Willingness willingness = member.getWillingness() == null ? Willingness.UNDECIDED : member.getWillingness();
    int points = switch (willingness) {
      case WILLING -> Criterion.WILLINGNESS.weight();
      case UNDECIDED -> Criterion.WILLINGNESS.weight() / 2;
      case NOT_WILLING -> 0;
    };
    return new Reason(Criterion.WILLINGNESS, willingness == Willingness.WILLING, points, List.of(), List.of(), List.of(),
        willingness.name(), null);
  }

  private static Reason role(StaffMember member, CommunityPosition position) {
    boolean same = member.getRole() == position.getRole();
    return new Reason(Criterion.ROLE, same, same ? Criterion.ROLE.weight() : 0, List.of(), List.of(), List.of(),
        member.getRole() == null ? null : member.getRole().name(), position.getRole().name());
  }

  private static int share(Criterion criterion, int met, int required) {
    return required == 0 ? criterion.weight() : Math.round((float) criterion.weight() * met / required);
  }

  private static String normalized(String region) {
    return region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
  }
}
