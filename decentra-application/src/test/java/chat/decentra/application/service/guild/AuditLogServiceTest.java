package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ReadAuditLogUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private GuildId guild;

  @BeforeEach
  void guildWithHistory() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    var alice = t.member("alice", owner, guild);
    t.createRole(owner, guild, "Mods");
    t.app
        .kickMember()
        .kick(new KickMemberUseCase.Command(owner, guild, alice.user().id(), Optional.of("rude")));
  }

  private List<AuditEntry> read(Optional<AuditEntryId> before, int limit) {
    var result = t.app.auditLog().read(new ReadAuditLogUseCase.Query(owner, guild, before, limit));
    return ((ReadAuditLogUseCase.Listed) result).entries();
  }

  @Test
  void entriesSayWhoDidWhatToWhomWhenAndWhyNewestFirst() {
    List<AuditEntry> entries = read(Optional.empty(), 50);

    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly(
            AuditAction.MEMBER_KICK, AuditAction.ROLE_CREATE, AuditAction.INVITE_CREATE);
    AuditEntry kick = entries.getFirst();
    assertThat(kick.actorId()).isEqualTo(owner.user().id());
    assertThat(kick.reason()).contains("rude");
    assertThat(kick.at()).isEqualTo(t.clock.instant());
  }

  @Test
  void pagesGoBackwardsFromAnEntry() {
    List<AuditEntry> all = read(Optional.empty(), 50);

    assertThat(read(Optional.empty(), 1)).containsExactly(all.get(0));
    assertThat(read(Optional.of(all.get(0).id()), 1)).containsExactly(all.get(1));
    assertThat(read(Optional.of(all.get(1).id()), 50)).containsExactly(all.get(2));
  }

  @Test
  void limitsOutsideOneToHundredAreClamped() {
    assertThat(read(Optional.empty(), 0)).hasSize(1);
    assertThat(read(Optional.empty(), 10_000)).hasSize(3);
  }
}
