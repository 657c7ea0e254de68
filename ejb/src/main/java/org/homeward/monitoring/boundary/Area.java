package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.institution.entity.Institution;
import org.homeward.monitoring.control.MonitoringRepository;

/**
 * A row of the dashboard: a region of the country, or an institution of a region.
 *
 * @param key the region's name ("" for institutions without one), or the institution's id
 * @param institutionId the institution's id when the row is an institution, else null
 * @param code the institution's code, or the region's name: the org unit code DHIS2 knows it by
 */
public record Area(String key, String name, Long institutionId, String code) implements Serializable {

  /** An institution as a row. */
  public static Area of(Institution institution) {
    return new Area(String.valueOf(institution.getId()), institution.getName(), institution.getId(), institution.getCode());
  }

  public boolean isInstitution() {
    return institutionId != null;
  }

  /** The rows of a drill-down: the regions of the institutions shown (country), or the institutions of one region. */
  public static List<Area> of(String region, List<Institution> institutions) {
    if (region != null) {
      return institutions.stream().map(Area::of).toList();
    }
    return institutions.stream().map(i -> i.getRegion() == null ? MonitoringRepository.NO_REGION : i.getRegion()).sorted().distinct()
        .map(r -> new Area(r, r, null, r)).toList();
  }

  /** Where {@code key} is among {@code areas}. */
  public static int indexOf(List<Area> areas, String key) {
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalStateException("no area " + key);
  }
}
