package org.homeward.placement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.placement.entity.PlannedService;
import org.homeward.placement.entity.PreMoveDiscussion;

/** The pre-move discussion and each service it went through; {@code allConfirmed} is computed. */
@JsonbPropertyOrder({"id", "version", "heldOn", "participants", "notes", "services", "allConfirmed"})
public record DiscussionJson(
    Long id,
    Long version,
    LocalDate heldOn,
    String participants,
    String notes,
    List<ServiceJson> services,
    @Schema(readOnly = true) Boolean allConfirmed) {

  /** A planned service, from a formal provider or an informal one (family, friends, neighbours). */
  public record ServiceJson(String service, String provider, Boolean formal, Boolean confirmed) {}

  public static DiscussionJson of(PreMoveDiscussion d) {
    return new DiscussionJson(d.getId(), d.getVersion(), d.getHeldOn(), d.getParticipants(), d.getNotes(),
        d.getServices().stream().map(s -> new ServiceJson(s.getService(), s.getProvider(), s.isFormal(), s.isConfirmed())).toList(),
        d.allConfirmed());
  }

  PreMoveDiscussion toDiscussion() {
    List<PlannedService> planned = services == null ? List.of() : services.stream()
        .map(s -> s == null ? new PlannedService()
            : new PlannedService(s.service(), s.provider(), Boolean.TRUE.equals(s.formal()), Boolean.TRUE.equals(s.confirmed())))
        .toList();
    PreMoveDiscussion discussion = new PreMoveDiscussion(heldOn, participants, planned);
    discussion.setNotes(notes);
    if (version != null) {
      discussion.setVersion(version);
    }
    return discussion;
  }
}
