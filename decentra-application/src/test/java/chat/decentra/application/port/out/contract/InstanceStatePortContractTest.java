package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.runConcurrently;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers rely on from every adapter of {@link InstanceStatePort}. */
public abstract class InstanceStatePortContractTest {

  /** The adapter under test and the transactions that sign-up claims the admin role in. */
  public record Subject(InstanceStatePort state, TransactionPort transactions) {}

  /** Adapters over a new instance that has no admin yet; called before each test. */
  protected abstract Subject createSubject();

  private InstanceStatePort state;
  private TransactionPort transactions;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    state = subject.state();
    transactions = subject.transactions();
  }

  @Test
  void newInstanceHasNoAdmin() {
    assertThat(state.admin()).isEmpty();
  }

  @Test
  void firstClaimWinsAndLaterClaimsFail() {
    assertThat(state.claimAdmin(new UserId(1))).isTrue();
    assertThat(state.claimAdmin(new UserId(2))).isFalse();
    assertThat(state.claimAdmin(new UserId(1))).isFalse();

    assertThat(state.admin()).contains(new UserId(1));
  }

  @Test
  void exactlyOneOfManyConcurrentClaimsWins() throws Exception {
    var results = runConcurrently(16, i -> state.claimAdmin(new UserId(100 + i)));

    assertThat(results).containsOnlyOnce(true);
    assertThat(state.admin()).contains(new UserId(100 + results.indexOf(true)));
  }

  @Test
  void exactlyOneOfManyConcurrentClaimsInTransactionsWins() throws Exception {
    var results =
        runConcurrently(
            8, i -> transactions.inTransaction(tx -> state.claimAdmin(new UserId(200 + i))));

    assertThat(results).containsOnlyOnce(true);
    assertThat(state.admin()).contains(new UserId(200 + results.indexOf(true)));
  }

  @Test
  void claimRolledBackWithItsTransactionLeavesTheRoleFree() {
    boolean claimed =
        transactions.inTransaction(
            tx -> {
              boolean won = state.claimAdmin(new UserId(1));
              tx.setRollbackOnly();
              return won;
            });

    assertThat(claimed).isTrue();
    assertThat(state.admin()).isEmpty();
    assertThat(state.claimAdmin(new UserId(2))).isTrue();
    assertThat(state.admin()).contains(new UserId(2));
  }

  @Test
  void membersCanInviteIsWrittenAndRead() {
    state.setMembersCanInvite(true);
    assertThat(state.membersCanInvite()).isTrue();

    state.setMembersCanInvite(false);
    assertThat(state.membersCanInvite()).isFalse();
  }

  @Test
  void serverInvitesLetNewcomersSignUpUntilTheAdminSaysNo() {
    assertThat(state.guildInvitesAllowSignUp()).isTrue();

    state.setGuildInvitesAllowSignUp(false);
    assertThat(state.guildInvitesAllowSignUp()).isFalse();

    state.setGuildInvitesAllowSignUp(true);
    assertThat(state.guildInvitesAllowSignUp()).isTrue();
  }
}
