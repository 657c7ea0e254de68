package org.homeward.committee.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.homeward.committee.entity.CommitteeMember;
import org.homeward.committee.entity.Constituency;

/**
 * Who the committee speaks for today, and the constituencies it lacks: all of them are required
 * (WHO guidance, strategy 2.4.2), and the lack of a resident member is the first thing to put right.
 *
 * @param serving members serving today
 * @param missing required constituencies no serving member represents, in the order of {@link Constituency}
 */
public record CommitteeComposition(int serving, List<Constituency> missing) implements Serializable {

  public static CommitteeComposition of(List<CommitteeMember> members, java.time.LocalDate today) {
    List<CommitteeMember> current = members.stream().filter(m -> m.servesOn(today)).toList();
    Set<Constituency> missing = EnumSet.allOf(Constituency.class);
    current.forEach(m -> missing.remove(m.getConstituency()));
    return new CommitteeComposition(current.size(), List.copyOf(missing));
  }

  public boolean isWithoutResident() {
    return missing.contains(Constituency.RESIDENT);
  }

  public boolean isComplete() {
    return missing.isEmpty();
  }
}
