package org.homeward.institution;

import java.util.List;
import org.homeward.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The institution table, form and page, as a person uses them. */
final class InstitutionPages {

  private final Browser browser;

  InstitutionPages(Browser browser) {
    this.browser = browser;
  }

  void openTable() {
    browser.open("/institutions/list.xhtml");
    browser.awaitVisible(By.id("institutionsForm:institutions"));
  }

  void startRegistering() {
    browser.driver().findElement(By.id("institutionsForm:register")).click();
    browser.awaitVisible(By.id("institutionForm:code"));
  }

  void type(String field, String text) {
    browser.type("institutionForm:" + field, text);
  }

  /** Types into a PrimeFaces number input, whose visible field carries the suffix {@code _input}. */
  void number(String field, int value) {
    WebElement input = browser.driver().findElement(By.id("institutionForm:" + field + "_input"));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }

  void choose(String field, String label) {
    browser.choose("institutionForm:" + field, label);
  }

  void save() {
    browser.driver().findElement(By.id("institutionForm:save")).click();
  }

  /** The field errors on the form, once the answer to the save has shown them. */
  List<String> fieldMessages() {
    browser.awaitVisible(By.cssSelector("#institutionForm .ui-message-error"));
    return browser.driver().findElements(By.cssSelector("#institutionForm .ui-message-error")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  void search(String text) {
    WebElement filter = browser.driver().findElement(By.id("institutionsForm:institutions:globalFilter"));
    filter.sendKeys(text);
    browser.await().ignoring(StaleElementReferenceException.class)
        .until(d -> rows().size() == 1 && rows().get(0).contains(text));
  }

  List<String> rows() {
    return browser.driver().findElements(By.cssSelector("#institutionsForm\\:institutions_data tr")).stream()
        .map(WebElement::getText).toList();
  }

  void openRow(String code) {
    // the table may still be re-rendering after the last keystroke's filter request
    browser.await().ignoring(StaleElementReferenceException.class).until(d -> {
      d.findElement(By.linkText(code)).click();
      return true;
    });
    browser.awaitVisible(By.id("unitsForm:units"));
  }

  String heading() {
    return browser.driver().findElement(By.tagName("h1")).getText();
  }
}
