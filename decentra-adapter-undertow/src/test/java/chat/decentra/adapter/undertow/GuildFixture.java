package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on port 0 with accounts and guilds in memory, and shortcuts to set the scene through the
 * application, so that each test's requests are the only ones that go through HTTP.
 */
final class GuildFixture implements AutoCloseable {

  /** Someone signed up: their id, their session token, and them as the application's caller. */
  record Person(String id, String token, Caller caller) {}

  /** A guild made by its owner, with its default text channel. */
  record Guild(GuildId id, ChannelId general, Person owner) {
    String path() {
      return "/api/v1/guilds/" + id;
    }
  }

  final TestGuildApplication app;
  final TestServer server;
  final Http http;
  private final AtomicInteger people = new AtomicInteger();

  GuildFixture() {
    this(TestServer.testSettings());
  }

  GuildFixture(WebSettings settings) {
    this.app = new TestGuildApplication();
    this.server = TestServer.startWithGuilds(app, settings);
    this.http = server.http();
  }

  /** A newly signed-up user; the name gets a number so that every call makes someone new. */
  Person person(String name) {
    SignedIn session =
        app.accounts.signUp(name + people.incrementAndGet(), TestGuildApplication.PASSWORD, null);
    return new Person(
        session.user().id().toString(), session.token(), app.accounts.caller(session));
  }

  Guild guild(Person owner, String name) {
    GuildView view = app.createGuild(owner.caller(), name);
    return new Guild(
        view.guild().id(), app.firstChannel(view.guild().id(), ChannelKind.TEXT).id(), owner);
  }

  /** Someone new who joined the guild through an invite of its owner. */
  Person member(Guild guild, String name) {
    Person person = person(name);
    join(guild, person);
    return person;
  }

  void join(Guild guild, Person person) {
    app.join(person.caller(), app.invite(guild.owner().caller(), guild.id()));
  }

  /** Sends the request with the person's token. */
  Http.Answer send(Person person, Http.Request request) {
    return request.bearer(person.token()).send();
  }

  /** The answer must have this status; returns its JSON, or null when it has no body. */
  static JsonNode expect(Http.Answer answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    return answer.bytes().length == 0 ? null : answer.json();
  }

  /** The answer must be this error. */
  static void expectError(Http.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.errorCode()).as(answer.toString()).isEqualTo(code);
  }

  @Override
  public void close() {
    server.close();
  }
}
