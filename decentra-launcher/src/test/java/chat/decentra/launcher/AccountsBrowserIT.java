package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** People signing up, inviting and signing in through the real web client in a real browser. */
class AccountsBrowserIT {

  @TempDir Path dataDir;
  private RunningDecentra server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() {
    browser = HeadlessChromium.start();
    server = TestServers.embedded(dataDir);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    wait.ignoring(StaleElementReferenceException.class);
    wait.ignoring(ElementClickInterceptedException.class);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void firstUserInvitesASecondWhoSignsUpSignsOutAndSignsInAgain() {
    browser.get(server.baseUrl() + "/signup");
    signUp("alice", "correct horse battery");
    WebElement shell = waitFor("#app-shell");
    assertThat(shell.getAttribute("data-user-id")).isNotBlank();
    assertThat(text("#user-panel-name")).isEqualTo("alice");
    waitForConnection();

    click("#open-settings");
    waitFor("#settings-dialog");
    click("#tab-invites");
    click("#create-invite");
    wait.until(
        d -> !d.findElement(By.cssSelector("#invite-url")).getDomProperty("value").isBlank());
    String inviteUrl = browser.findElement(By.cssSelector("#invite-url")).getDomProperty("value");
    assertThat(inviteUrl).startsWith(server.baseUrl() + "/invite/");

    browser.manage().deleteAllCookies();
    browser.get(inviteUrl);
    WebElement invite = waitFor("#signup-invite");
    assertThat(invite.getDomProperty("value"))
        .isEqualTo(inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1));
    signUp("bob", "another good password");
    waitFor("#app-shell");
    assertThat(text("#user-panel-name")).isEqualTo("bob");
    waitForConnection();

    click("#open-settings");
    waitFor("#settings-dialog");
    click("#sign-out");
    waitFor("#login-form");

    type("#login-username", "bob");
    type("#login-password", "another good password");
    click("#login-submit");
    waitFor("#app-shell");
    assertThat(text("#user-panel-name")).isEqualTo("bob");
    waitForConnection();
  }

  @Test
  void wrongPasswordIsExplainedAndTheUserStaysOnTheSignInPage() {
    browser.get(server.baseUrl() + "/signup");
    signUp("carol", "correct horse battery");
    waitFor("#app-shell");
    browser.manage().deleteAllCookies();

    browser.get(server.baseUrl() + "/login");
    type("#login-username", "carol");
    type("#login-password", "not the password");
    click("#login-submit");
    wait.until(d -> !d.findElement(By.cssSelector("#login-error")).getText().isBlank());
    assertThat(text("#login-error")).containsIgnoringCase("wrong username or password");
    assertThat(browser.findElements(By.cssSelector("#app-shell"))).isEmpty();
  }

  private void signUp(String username, String password) {
    type("#signup-username", username);
    type("#signup-password", password);
    click("#signup-submit");
  }

  private void waitForConnection() {
    wait.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#connection-status"), "data-state", "connected"));
  }

  private WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void click(String css) {
    // Retried when the element is re-rendered or covered for a moment (a closing dialog).
    wait.until(
        d -> {
          WebElement target = d.findElement(By.cssSelector(css));
          if (!target.isDisplayed() || !target.isEnabled()) {
            return false;
          }
          target.click();
          return true;
        });
  }

  private void type(String css, String text) {
    WebElement field = waitFor(css);
    field.clear();
    field.sendKeys(text);
  }

  private String text(String css) {
    return waitFor(css).getText().strip();
  }
}
