package org.homeward.committee.api;

import java.util.List;
import org.homeward.committee.boundary.CommitteeComposition;

/**
 * Who the committee speaks for today.
 *
 * @param missing the required constituencies no serving member represents
 * @param withoutResident true when no one living in the institution serves on the committee
 */
public record CompositionJson(int serving, List<String> missing, boolean withoutResident) {

  static CompositionJson of(CommitteeComposition c) {
    return new CompositionJson(c.serving(), c.missing().stream().map(Enum::name).toList(), c.isWithoutResident());
  }
}
