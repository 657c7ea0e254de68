package org.homeward.problem.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.FieldError;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.api.ProblemMessages;
import org.omnifaces.util.Faces;

/**
 * Shows an expected failure on the page: the general message at the top and each field's message
 * next to its input (inputs are given the id of the field they edit).
 */
public final class Problems {

  private Problems() {}

  /**
   * @param form the id of the form whose inputs are named after the fields
   */
  public static void show(HomewardException e, String form) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ProblemMessages.text(e.key(), locale), null));
    for (FieldError error : e.fieldErrors()) {
      String text = ProblemMessages.fieldMessage(error, locale);
      UIComponent input = faces.getViewRoot().findComponent(":" + form + ":" + error.field());
      faces.addMessage(input == null ? null : input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
    faces.validationFailed();
  }

  /** For a page whose record is missing or out of scope: the not-found page, nothing of the record. */
  public static void notFound(HomewardException e) {
    if (e instanceof RecordNotFoundException || e instanceof AccessDeniedException) {
      Faces.responseSendError(404, ProblemMessages.text("problem.notFound", Faces.getLocale()));
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    throw e;
  }

  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = java.text.MessageFormat.format(ProblemMessages.text(key, faces.getViewRoot().getLocale()), arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
