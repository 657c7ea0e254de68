package org.homeward.rights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.homeward.rights.boundary.QualityRights;

/** The QualityRights Tool Kit's standards, by theme. */
@Path("quality-rights/standards")
@Tag(name = "Rights")
@Produces(MediaType.APPLICATION_JSON)
public class QualityRightsStandardsResource {

  /** One standard: its code, theme and label. */
  public record StandardJson(String code, String theme, String label) {}

  @Inject QualityRights qualityRights;

  @GET
  @Operation(summary = "The toolkit's standards in order, each with its theme")
  public List<StandardJson> standards() {
    return qualityRights.standards().values().stream().map(s -> new StandardJson(s.getCode(), s.getTheme().name(), s.getLabel())).toList();
  }
}
