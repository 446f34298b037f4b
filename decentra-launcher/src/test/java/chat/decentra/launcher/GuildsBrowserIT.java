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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people in two browsers: the owner creates a server and invites; the second joins through the
 * link; what the owner does appears for the second at once.
 */
class GuildsBrowserIT {

  @TempDir Path dataDir;
  private RunningDecentra server;
  private ChromeDriver owner;
  private ChromeDriver guest;

  @BeforeEach
  void start() {
    owner = HeadlessChromium.start();
    guest = HeadlessChromium.start();
    server = TestServers.embedded(dataDir);
  }

  @AfterEach
  void stop() {
    for (var browser : new ChromeDriver[] {owner, guest}) {
      if (browser != null) {
        browser.quit();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void ownerCreatesInvitesRestrictsAndBansWhileTheGuestSeesItLive() {
    var http = new Http(server.baseUrl());
    String ownerToken = http.signUp("olivia", "correct horse battery", null);
    var instanceInvite = http.post("/api/v1/invites", "{}", ownerToken);
    http.signUp("gus", "another good password", Http.field(instanceInvite.body(), "code"));

    var o = new Page(owner);
    o.signIn("olivia", "correct horse battery");
    o.click("#add-server");
    o.type("#create-guild-name", "Book club");
    o.click("#create-guild-submit");
    String guildId = o.attribute("#server-rail [data-guild-id]", "data-guild-id");
    o.waitFor("#channel-list [data-channel-type='text']");

    o.click("#open-guild-settings");
    o.waitFor("#guild-settings-dialog");
    o.click("#guild-tab-invites");
    o.click("#create-guild-invite");
    o.wait.until(
        d -> !d.findElement(By.cssSelector("#guild-invite-url")).getDomProperty("value").isBlank());
    String inviteUrl =
        owner.findElement(By.cssSelector("#guild-invite-url")).getDomProperty("value");
    assertThat(inviteUrl).startsWith(server.baseUrl() + "/invite/");
    o.escape();

    var g = new Page(guest);
    g.signIn("gus", "another good password");
    guest.get(inviteUrl);
    g.click("#invite-accept");
    g.waitFor("#server-rail [data-guild-id='" + guildId + "']");
    g.click("#server-rail [data-guild-id='" + guildId + "']");
    g.waitFor("#channel-list [data-channel-type='text']");

    o.click("#create-channel");
    o.type("#create-channel-name", "announcements");
    new Select(o.waitFor("#create-channel-type")).selectByValue("text");
    o.click("#create-channel-submit");
    String channelId =
        o.attributeOfText("#channel-list [data-channel-id]", "announcements", "data-channel-id");
    g.waitForText("#channel-list [data-channel-id]", "announcements");

    // The owner hides the channel from @everyone; it disappears for the guest.
    o.click("#open-guild-settings");
    o.click("#guild-tab-channels");
    o.click("#guild-channel-picker [data-edit-channel-id='" + channelId + "']");
    new Select(o.waitFor("#overwrite-target")).selectByValue(guildId);
    o.click("#overwrite-editor [data-permission='view_channel'] input[value='deny']");
    o.click("#overwrite-save");
    g.wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#channel-list [data-channel-id='" + channelId + "']"), 0));
    assertThat(
            owner.findElements(
                By.cssSelector("#channel-list [data-channel-id='" + channelId + "']")))
        .isNotEmpty();

    o.click("#guild-tab-members");
    String guestId = g.attribute("#app-shell", "data-user-id");
    o.click("#guild-settings-dialog [data-user-id='" + guestId + "'] [data-action='ban']");
    o.type("#ban-reason", "spoilers");
    o.click("#ban-confirm");

    g.wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#server-rail [data-guild-id='" + guildId + "']"), 0));
    var bans = http.get("/api/v1/guilds/" + guildId + "/bans", ownerToken);
    assertThat(bans.body()).contains("spoilers").contains("\"username\":\"gus\"");
  }

  /** One browser's view of the client. */
  private final class Page {
    final ChromeDriver browser;
    final WebDriverWait wait;

    Page(ChromeDriver browser) {
      this.browser = browser;
      // The client re-renders what changes; an element found a moment ago may be replaced.
      this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      this.wait.ignoring(StaleElementReferenceException.class);
      this.wait.ignoring(ElementClickInterceptedException.class);
    }

    /** The attribute of the first element matching, read in the same breath as finding it. */
    String attribute(String css, String name) {
      return wait.until(
          d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst().getAttribute(name);
          });
    }

    /** The attribute of the first element matching whose text contains {@code text}. */
    String attributeOfText(String css, String text, String name) {
      return wait.until(
          d ->
              d.findElements(By.cssSelector(css)).stream()
                  .filter(e -> e.getText().contains(text))
                  .findFirst()
                  .map(e -> e.getAttribute(name))
                  .orElse(null));
    }

    void signIn(String username, String password) {
      browser.get(server.baseUrl() + "/login");
      type("#login-username", username);
      type("#login-password", password);
      click("#login-submit");
      waitFor("#app-shell");
      wait.until(
          ExpectedConditions.attributeToBe(
              By.cssSelector("#connection-status"), "data-state", "connected"));
    }

    WebElement waitFor(String css) {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
      attributeOfText(css, text, "class");
    }

    void click(String css) {
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

    void type(String css, String text) {
      WebElement field = waitFor(css);
      field.clear();
      field.sendKeys(text);
    }

    void escape() {
      browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }
  }
}
