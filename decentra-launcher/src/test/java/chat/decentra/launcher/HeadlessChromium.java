package chat.decentra.launcher;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven over WebDriver. Without Chromium and chromedriver the test is
 * skipped with the reason, unless {@code -Ddecentra.require.browser=true} makes that a failure.
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  static ChromeDriver start() {
    Path chromium = Path.of(envOr("DECENTRA_TEST_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(envOr("DECENTRA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
      String reason =
          "browser tests need Chromium at "
              + chromium
              + " and chromedriver at "
              + driver
              + " (Debian: apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("decentra.require.browser")) {
        fail(reason + "; -Ddecentra.require.browser=true makes this a failure");
      }
      Assumptions.abort(reason);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("decentra-chromium");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a Chromium profile directory", e);
    }
    var options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    var browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    return browser;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
