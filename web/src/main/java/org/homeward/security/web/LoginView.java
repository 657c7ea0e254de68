package org.homeward.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.problem.api.ProblemMessages;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;

  private String username;
  private String password;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status = security.authenticate(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password)))
            .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        String text = ProblemMessages.text("login.failed", faces.getViewRoot().getLocale());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
      }
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
