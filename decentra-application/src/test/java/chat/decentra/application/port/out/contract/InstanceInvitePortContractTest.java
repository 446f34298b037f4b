package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.T0;
import static chat.decentra.application.port.out.contract.Fixtures.givenUser;
import static chat.decentra.application.port.out.contract.Fixtures.runConcurrently;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers rely on from every adapter of {@link InstanceInvitePort}. */
public abstract class InstanceInvitePortContractTest {

  /**
   * The adapter under test, a way to create the users who make invites, and the transactions in
   * which invites are locked.
   */
  public record Subject(
      InstanceInvitePort invites, SaveUserPort users, TransactionPort transactions) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private InstanceInvitePort invites;
  private TransactionPort transactions;
  private UserId alice;
  private UserId bob;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    invites = subject.invites();
    transactions = subject.transactions();
    alice = givenUser(subject.users(), 1, "alice");
    bob = givenUser(subject.users(), 2, "bob");
  }

  private static InviteCode code(int n) {
    return new InviteCode(String.format("invite-code-%012d", n));
  }

  private static InstanceInvite unlimited(int n, UserId creator, Instant createdAt) {
    return new InstanceInvite(
        code(n), creator, createdAt, Optional.empty(), 0, Optional.empty(), false);
  }

  @Test
  void inviteWithLimitsRoundTrips() {
    var invite =
        new InstanceInvite(
            code(1), alice, T0, Optional.of(5), 2, Optional.of(T0.plus(Duration.ofDays(7))), true);

    invites.insertInvite(invite);

    assertThat(invites.findInvite(code(1))).contains(invite);
  }

  @Test
  void inviteWithoutLimitsRoundTrips() {
    InstanceInvite invite = unlimited(2, alice, T0);

    invites.insertInvite(invite);

    assertThat(invites.findInvite(code(2))).contains(invite);
  }

  @Test
  void unknownCodeFindsNothing() {
    invites.insertInvite(unlimited(3, alice, T0));

    Optional<InstanceInvite> locked =
        transactions.inTransaction(tx -> invites.findInviteForUpdate(code(4)));

    assertThat(invites.findInvite(code(4))).isEmpty();
    assertThat(locked).isEmpty();
  }

  @Test
  void updateWritesUsesAndRevokedFlag() {
    var invite =
        new InstanceInvite(
            code(5), alice, T0, Optional.of(3), 0, Optional.of(T0.plusSeconds(600)), false);
    invites.insertInvite(invite);

    var changed =
        new InstanceInvite(
            invite.code(),
            invite.createdBy(),
            invite.createdAt(),
            invite.maxUses(),
            2,
            invite.expiresAt(),
            true);
    invites.updateInvite(changed);

    assertThat(invites.findInvite(code(5))).contains(changed);
  }

  @Test
  void lockedInviteIsFoundAndUpdatedInATransaction() {
    invites.insertInvite(unlimited(6, alice, T0));

    transactions.inTransaction(
        tx -> {
          InstanceInvite locked = invites.findInviteForUpdate(code(6)).orElseThrow();
          invites.updateInvite(withOneMoreUse(locked));
          return null;
        });

    assertThat(invites.findInvite(code(6)).map(InstanceInvite::uses)).contains(1);
  }

  @Test
  void concurrentUsesOfALockedInviteNeverExceedItsLimit() throws Exception {
    invites.insertInvite(
        new InstanceInvite(code(7), alice, T0, Optional.of(3), 0, Optional.empty(), false));

    var taken =
        runConcurrently(
            8,
            i ->
                transactions.inTransaction(
                    tx -> {
                      InstanceInvite locked = invites.findInviteForUpdate(code(7)).orElseThrow();
                      if (locked.stateAt(T0) != InviteState.USABLE) {
                        return false;
                      }
                      invites.updateInvite(withOneMoreUse(locked));
                      return true;
                    }));

    assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(3);
    assertThat(invites.findInvite(code(7)).map(InstanceInvite::uses)).contains(3);
  }

  @Test
  void concurrentLockedUpdatesLoseNoUse() throws Exception {
    invites.insertInvite(unlimited(8, alice, T0));

    runConcurrently(
        6,
        i ->
            transactions.inTransaction(
                tx -> {
                  InstanceInvite locked = invites.findInviteForUpdate(code(8)).orElseThrow();
                  invites.updateInvite(withOneMoreUse(locked));
                  return null;
                }));

    assertThat(invites.findInvite(code(8)).map(InstanceInvite::uses)).contains(6);
  }

  @Test
  void listingShowsNewestFirst() {
    InstanceInvite oldest = unlimited(10, alice, T0);
    InstanceInvite newest = unlimited(11, bob, T0.plusSeconds(20));
    InstanceInvite middle = unlimited(12, alice, T0.plusSeconds(10));
    invites.insertInvite(oldest);
    invites.insertInvite(newest);
    invites.insertInvite(middle);

    assertThat(invites.listInvites()).containsExactly(newest, middle, oldest);
  }

  @Test
  void listingByCreatorShowsOnlyTheirsNewestFirst() {
    InstanceInvite older = unlimited(20, alice, T0);
    InstanceInvite newer = unlimited(21, alice, T0.plusSeconds(5));
    invites.insertInvite(older);
    invites.insertInvite(unlimited(22, bob, T0.plusSeconds(3)));
    invites.insertInvite(newer);

    assertThat(invites.listInvitesBy(alice)).containsExactly(newer, older);
    assertThat(invites.listInvitesBy(new UserId(3))).isEmpty();
  }

  @Test
  void noInvitesListsNone() {
    assertThat(invites.listInvites()).isEmpty();
  }

  private static InstanceInvite withOneMoreUse(InstanceInvite invite) {
    return new InstanceInvite(
        invite.code(),
        invite.createdBy(),
        invite.createdAt(),
        invite.maxUses(),
        invite.uses() + 1,
        invite.expiresAt(),
        invite.revoked());
  }
}
