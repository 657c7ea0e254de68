package org.homeward.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when {@code homeward.cookies.secure} is true
 * ({@code HOMEWARD_COOKIES_SECURE}): set it wherever people reach Homeward over HTTPS, including
 * behind a proxy that terminates TLS, where the server itself cannot tell.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure = ConfigProvider.getConfig()
        .getOptionalValue("homeward.cookies.secure", Boolean.class)
        .orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
