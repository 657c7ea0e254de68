package org.homeward.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A 201 answer naming where the new record can be read, with the record as its body. */
public final class Created {

  private Created() {}

  public static Response at(UriInfo uri, Object id, Object body) {
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
  }
}
