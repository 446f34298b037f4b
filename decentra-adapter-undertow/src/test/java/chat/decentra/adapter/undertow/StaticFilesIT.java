package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFilesIT {

  private static TestServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    http = server.http();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in =
        StaticFilesIT.class.getClassLoader().getResourceAsStream("decentra/webclient/" + path)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/login",
        "/signup",
        "/invite/k3N9xQ2mAbCdEfGhIjKlMn",
        "/app",
        "/app/",
        "/app/guilds/1/channels/2"
      })
  void pagesAreTheClientsIndexAndAreRevalidated(String path) {
    var answer = http.get(path).send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(answer.header("Cache-Control")).contains("no-cache");
    assertThat(answer.header("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).matches("\"[^\"]+\""));
    assertThat(answer.text()).contains("decentra-test-index");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/nope", "/invite", "/invite/a/b", "/apps", "/api", "/static", "/static/"})
  void unknownPathsAreJson404(String path) {
    var answer = http.get(path).send();
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("not_found");
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @ParameterizedTest
  @CsvSource({
    "/static/js/app.js, text/javascript; charset=utf-8",
    "/static/css/app.css, text/css; charset=utf-8",
    "/static/img/logo.svg, image/svg+xml",
    "/static/img/dot.png, image/png",
    "/static/fonts/test.woff2, font/woff2",
    "/static/manifest.json, application/json",
    "/static/audio-test.html, text/html; charset=utf-8"
  })
  void filesHaveTheirContentType(String path, String contentType) throws IOException {
    var answer = http.get(path).send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).contains(contentType);
    assertThat(answer.header("Cache-Control")).contains("no-cache");
    assertThat(answer.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(answer.bytes()).isEqualTo(resource(path.substring(1)));
  }

  @Test
  void theVoiceDiagnosticsPageIsServed() {
    assertThat(http.get("/static/audio-test.html").send().text()).contains("Voice diagnostics");
  }

  @Test
  void anUnchangedFileIsNotSentAgain() {
    String etag = http.get("/static/js/app.js").send().header("ETag").orElseThrow();
    var again = http.get("/static/js/app.js").header("If-None-Match", etag).send();
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.bytes()).isEmpty();
    assertThat(again.header("ETag")).contains(etag);
    var other = http.get("/static/js/app.js").header("If-None-Match", "\"stale\"").send();
    assertThat(other.status()).isEqualTo(200);
  }

  @Test
  void textIsGzippedForClientsThatTakeIt() throws IOException {
    var plain = http.get("/static/js/app.js").send();
    var zipped = http.get("/static/js/app.js").header("Accept-Encoding", "br, gzip").send();
    assertThat(zipped.header("Content-Encoding")).contains("gzip");
    assertThat(zipped.header("Vary")).contains("Accept-Encoding");
    assertThat(zipped.header("ETag")).isNotEqualTo(plain.header("ETag"));
    assertThat(zipped.bytes().length).isLessThan(plain.bytes().length);
    try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.bytes()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.bytes());
    }
    String zippedTag = zipped.header("ETag").orElseThrow();
    assertThat(
            http.get("/static/js/app.js")
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", zippedTag)
                .send()
                .status())
        .isEqualTo(304);
  }

  @Test
  void gzipIsNotUsedWhenRefusedNorForImagesNorTinyFiles() {
    assertThat(
            http.get("/static/js/app.js")
                .header("Accept-Encoding", "gzip;q=0, identity")
                .send()
                .header("Content-Encoding"))
        .isEmpty();
    assertThat(
            http.get("/static/img/dot.png")
                .header("Accept-Encoding", "gzip")
                .send()
                .header("Content-Encoding"))
        .isEmpty();
    assertThat(
            http.get("/static/js/tiny.js")
                .header("Accept-Encoding", "gzip")
                .send()
                .header("Content-Encoding"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/.hidden.js",
        "/static/noext",
        "/static/js",
        "/static/js/",
        "/static/missing.js",
        "/static/js//app.js",
        "/static/../index.html",
        "/static/%2e%2e/index.html",
        "/static/js/..%2fapp.js",
        "/static/js/%2e%2e%2f%2e%2e%2findex.html"
      })
  void onlyPlainExistingFilesAreServed(String path) {
    String answer =
        RawHttp.exchange(
            server.port(),
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(RawHttp.status(answer)).as(answer).isIn(400, 404);
    assertThat(answer).doesNotContain("must not be served").doesNotContain("decentra-test-index");
  }

  @Test
  void headAnswersWithoutABody() {
    var answer = http.method("HEAD", "/static/css/app.css").send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.bytes()).isEmpty();
    assertThat(answer.header("Content-Type")).contains("text/css; charset=utf-8");
  }

  @Test
  void writingToPagesIsNotAllowed() {
    var answer = http.post("/login").json("{}").send();
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).contains("GET, HEAD");
    assertThat(answer.errorCode()).isEqualTo("method_not_allowed");
  }
}
