package org.homeward.network;

import java.util.List;
import org.homeward.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A person's family and social network page, as a focal point uses it. */
final class NetworkPage {

  private final Browser browser;

  NetworkPage(Browser browser) {
    this.browser = browser;
  }

  /** From the person's record, by its button. */
  void openFromRecord() {
    browser.awaitVisible(By.id("network"));
    browser.driver().findElement(By.id("network")).click();
    browser.awaitVisible(By.id("contactForm:name"));
  }

  void typeContact(String field, String text) {
    browser.type("contactForm:" + field, text);
  }

  void chooseForContact(String field, String label) {
    browser.choose("contactForm:" + field, label);
  }

  /** Saves the contact form; the page is sent again in full. */
  void saveContact() {
    browser.driver().findElement(By.id("contactForm:saveContact")).click();
  }

  List<String> contactFieldMessages() {
    browser.awaitVisible(By.cssSelector("#contactForm .ui-message-error"));
    return browser.driver().findElements(By.cssSelector("#contactForm .ui-message-error")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  /** Opens the contact named {@code name} in the form, to change it. */
  void edit(String name) {
    browser.driver().findElement(By.xpath("//button[@aria-label=\"Edit: " + name + "\"]")).click();
    browser.await().until(d -> d.findElement(By.cssSelector("#contactForm h3")).getText().equals("Change this contact"));
  }

  void linkWith(String partnerLabel, String personsWords) {
    browser.choose("linkForm:partnerId", partnerLabel);
    browser.type("linkForm:personsWords", personsWords);
    browser.driver().findElement(By.id("linkForm:link")).click();
  }

  String text() {
    return browser.driver().findElement(By.id("main")).getText();
  }

  void awaitText(String text) {
    browser.await().until(d -> text().contains(text));
  }
}
