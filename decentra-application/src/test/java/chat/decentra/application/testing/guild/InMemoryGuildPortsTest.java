package chat.decentra.application.testing.guild;

import chat.decentra.application.GuildPorts;

class InMemoryGuildPortsTest extends GuildPortsContractTest {

  @Override
  protected Subject createSubject() {
    var t = new TestGuildApplication();
    return new Subject(
        new GuildPorts(
            t.guilds,
            t.guilds,
            t.channels,
            t.channels,
            t.roles,
            t.roles,
            t.members,
            t.members,
            t.bans,
            t.invites,
            t.auditLog,
            t.icons,
            t.users),
        t.accounts.users,
        t.transactions);
  }
}
