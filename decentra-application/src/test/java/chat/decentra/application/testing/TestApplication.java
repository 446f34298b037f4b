package chat.decentra.application.testing;

import chat.decentra.application.DecentraApplication;
import chat.decentra.application.OutboundPorts;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.service.account.AccountSettings;
import chat.decentra.application.service.account.ServerInviteRegistration;
import chat.decentra.application.service.event.InProcessEventBus;
import chat.decentra.domain.instance.RegistrationMode;
import chat.decentra.domain.invite.InviteCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The whole application on in-memory adapters with a clock that tests move by hand. */
public final class TestApplication {

  public static final ClientInfo CLIENT = new ClientInfo("198.51.100.7", "TestAgent/1.0");

  public final MutableClock clock = MutableClock.standard();
  public final InMemoryUserAdapter users = new InMemoryUserAdapter();
  public final InMemoryAvatarImageAdapter avatarImages = new InMemoryAvatarImageAdapter();
  public final InMemoryAuthSessionAdapter sessions = new InMemoryAuthSessionAdapter();
  public final InMemoryInstanceInviteAdapter invites = new InMemoryInstanceInviteAdapter();
  public final InMemoryInstanceStateAdapter instance = new InMemoryInstanceStateAdapter();
  public final InMemoryTransactionAdapter transactions =
      new InMemoryTransactionAdapter(List.of(users, avatarImages, sessions, invites, instance));
  public final FakePasswordHasher passwords = new FakePasswordHasher();
  public final InProcessEventBus eventBus = new InProcessEventBus();
  public final RecordingEvents events = new RecordingEvents();
  public volatile boolean databaseReachable = true;

  /** Server invites at sign-up: none until a guild fixture plugs its own in. */
  public final SwitchableServerInvites serverInvites = new SwitchableServerInvites();

  public final DecentraApplication app;

  private final AtomicLong ids = new AtomicLong(1000);

  public TestApplication(AccountSettings settings) {
    eventBus.subscribe(events);
    this.app =
        new DecentraApplication(
            new OutboundPorts(
                users,
                users,
                avatarImages,
                sessions,
                invites,
                instance,
                transactions,
                () -> databaseReachable,
                passwords,
                eventBus,
                ids::incrementAndGet,
                clock),
            settings,
            serverInvites);
  }

  /** Invite-only registration, 30-day sessions. */
  public TestApplication() {
    this(AccountSettings.defaults());
  }

  /** Open registration. */
  public static TestApplication open() {
    return new TestApplication(
        new AccountSettings(RegistrationMode.OPEN, AccountSettings.DEFAULT_SESSION_TTL));
  }

  /**
   * Signs a user up (with an invite when given) and returns the session, failing the test
   * otherwise.
   */
  public SignedIn signUp(String username, String password, String invite) {
    var result =
        app.signUp()
            .signUp(
                new SignUpUseCase.Command(username, password, Optional.ofNullable(invite), CLIENT));
    if (result instanceof SignUpUseCase.SignedUp(SignedIn session)) {
      return session;
    }
    throw new AssertionError("sign-up of " + username + " failed: " + result);
  }

  /** The caller behind a session. */
  public Caller caller(SignedIn session) {
    return app.authenticate().authenticate(session.token(), CLIENT).orElseThrow();
  }

  /** A {@link ServerInviteRegistration} that can be pointed at the guild side after both exist. */
  public static final class SwitchableServerInvites implements ServerInviteRegistration {
    private volatile ServerInviteRegistration target = ServerInviteRegistration.NONE;

    public void delegateTo(ServerInviteRegistration registration) {
      this.target = registration;
    }

    @Override
    public Lookup lookUp(InviteCode code, Instant now) {
      return target.lookUp(code, now);
    }

    @Override
    public void join(Caller newcomer, InviteCode code, ClientInfo client) {
      target.join(newcomer, code, client);
    }
  }
}
