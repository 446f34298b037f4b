package chat.decentra.adapter.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

class GuildStoragePostgresIT extends GuildStorageContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected JooqPersistence freshPersistence() {
    return DATABASE.fresh();
  }
}
