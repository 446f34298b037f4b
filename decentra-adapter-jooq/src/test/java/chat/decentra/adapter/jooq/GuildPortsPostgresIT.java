package chat.decentra.adapter.jooq;

import chat.decentra.application.testing.guild.GuildPortsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuildPortsPostgresIT extends GuildPortsContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(
        persistence.guildPorts(), persistence.saveUserPort(), persistence.transactionPort());
  }
}
