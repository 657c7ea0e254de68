package org.homeward.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Locale;
import java.util.Set;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * What the page frame needs to know: who is signed in and what their roles let them reach, and the
 * page's language and writing direction. The menu only mirrors the service layer's checks; it is
 * never the check itself.
 */
@Named
@RequestScoped
public class ShellView {

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

  @Inject SecurityContext security;
  @Inject CurrentCaller caller;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getDisplayName() {
    return caller.account().map(UserAccount::getDisplayName).orElse("");
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Role.ADMIN.name());
  }

  /** Whether the caller's role reads management committees (the service checks again). */
  public boolean isCommitteeReader() {
    return isAdmin() || security.isCallerInRole(Role.MINISTRY.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  /** Whether the caller's role reads people's records: never the ministry or finance (the service checks again). */
  public boolean isPersonReader() {
    return isAdmin() || security.isCallerInRole(Role.COMMITTEE.name()) || isFocalPoint();
  }

  public boolean isMinistry() {
    return security.isCallerInRole(Role.MINISTRY.name());
  }

  public boolean isFocalPoint() {
    return security.isCallerInRole(Role.FOCAL_POINT.name());
  }

  public String getLanguage() {
    return locale().getLanguage();
  }

  public String getDirection() {
    return RIGHT_TO_LEFT.contains(locale().getLanguage()) ? "rtl" : "ltr";
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
  }
}
