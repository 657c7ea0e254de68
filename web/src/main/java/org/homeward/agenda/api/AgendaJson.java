package org.homeward.agenda.api;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.agenda.boundary.CaseAgenda;
import org.homeward.api.EnumParam;
import org.homeward.resident.entity.ResidentStatus;

/** One person's case: what is overdue, and the next thing due. */
public record AgendaJson(long residentId, String name, @Schema(implementation = ResidentStatus.class) String status,
    DueJson next, List<DueJson> overdue) {

  static AgendaJson of(CaseAgenda a, Locale locale) {
    return new AgendaJson(a.resident().getId(), a.resident().getDisplayName(), EnumParam.name(a.resident().getStatus()),
        a.next().map(d -> DueJson.of(d, locale)).orElse(null), a.overdue().stream().map(d -> DueJson.of(d, locale)).toList());
  }
}
