package org.homeward.institution;

import java.util.List;
import org.homeward.system.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
    WebElement input = browser.driver().findElement(By.id("institutionForm:" + field));
    input.clear();
    input.sendKeys(text);
  }

  /** Types into a PrimeFaces number input, whose visible field carries the suffix {@code _input}. */
  void number(String field, int value) {
    WebElement input = browser.driver().findElement(By.id("institutionForm:" + field + "_input"));
    input.clear();
    input.sendKeys(String.valueOf(value));
  }

  /**
   * Chooses an option of a PrimeFaces select by its visible label: opens the panel, waits for its
   * opening animation to finish (a click during it can miss), clicks the option.
   */
  void choose(String field, String label) {
    String id = "institutionForm:" + field;
    By panel = By.id(id + "_panel");
    By option = By.xpath("//*[@id='" + id + "_items']//li[@data-label=\"" + label + "\"]");
    for (int attempt = 1; ; attempt++) {
      browser.driver().findElement(By.id(id + "_label")).click();
      browser.await().until(ExpectedConditions.attributeContains(panel, "class", "enter-done"));
      browser.driver().findElement(option).click();
      try {
        browser.await().withTimeout(java.time.Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  void save() {
    browser.driver().findElement(By.id("institutionForm:save")).click();
  }

  List<String> fieldMessages() {
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
