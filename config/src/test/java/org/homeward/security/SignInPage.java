package org.homeward.security;

import org.homeward.system.Browser;
import org.openqa.selenium.By;

/** The sign-in page and the sign-out button every page has. */
public final class SignInPage {

  private final Browser browser;

  public SignInPage(Browser browser) {
    this.browser = browser;
  }

  public SignInPage open() {
    browser.open("/login.xhtml");
    browser.awaitVisible(By.id("loginForm:username"));
    return this;
  }

  public void signIn(String username, String password) {
    browser.driver().findElement(By.id("loginForm:username")).sendKeys(username);
    browser.driver().findElement(By.id("loginForm:password")).sendKeys(password);
    browser.driver().findElement(By.id("loginForm:signIn")).click();
    browser.awaitVisible(By.id("signOutForm:signOut"));
  }

  /** Sends the form and waits for its answer, whatever it is. */
  public void attempt(String username, String password) {
    open();
    browser.driver().findElement(By.id("loginForm:username")).sendKeys(username);
    browser.driver().findElement(By.id("loginForm:password")).sendKeys(password);
    browser.driver().findElement(By.id("loginForm:signIn")).click();
    browser.await().until(d -> !d.findElements(By.id("signOutForm:signOut")).isEmpty()
        || !d.findElements(By.cssSelector(".hw-message-error")).isEmpty());
  }

  public void signOut() {
    browser.driver().findElement(By.id("signOutForm:signOut")).click();
    browser.awaitVisible(By.id("loginForm:username"));
  }

  public String message() {
    return browser.driver().findElements(By.cssSelector(".hw-messages")).stream().map(e -> e.getText()).reduce("", String::concat);
  }
}
