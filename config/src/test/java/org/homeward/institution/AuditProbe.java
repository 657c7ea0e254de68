package org.homeward.institution;

import org.homeward.system.Api;

/** Makes a call that the access guard must refuse. */
public final class AuditProbe {

  /** As {@code user} (a southern committee member), reads a northern institution: 403. */
  public void deniedRead(String user) {
    Api.as(user).get("/api/institutions/{id}", InstitutionsApi.idOf("PH-N01")).then().statusCode(403);
  }
}
