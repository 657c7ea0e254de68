package org.homeward.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The "page expired" page, shown when a form is posted with a view state this session does not hold:
 * lost with an ended session, another session's, or forged. Such a post is refused as a bad request,
 * not answered as a server error; an Ajax post keeps 200 so that its page can show this one.
 */
@Named
@RequestScoped
public class ExpiredPage {

  public void refuse() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getPartialViewContext().isAjaxRequest()) {
      faces.getExternalContext().setResponseStatus(400);
    }
  }
}
