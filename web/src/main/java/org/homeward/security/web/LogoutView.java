package org.homeward.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.homeward.security.boundary.SignIn;

/** Signing out ends the session for good: its id is worthless afterwards. */
@Named
@RequestScoped
public class LogoutView {

  @Inject SecurityContext security;
  @Inject SignIn signIn;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Principal principal = security.getCallerPrincipal();
    if (principal != null) {
      signIn.signedOut(principal.getName());
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    SignedInSession.end(request);
    external.redirect(external.getRequestContextPath() + HomewardAuthentication.LOGIN_PAGE + "?signedOut=true");
  }
}
