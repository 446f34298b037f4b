package chat.decentra.adapter.jooq;

import org.junit.jupiter.api.extension.RegisterExtension;

class GuildStorageH2Test extends GuildStorageContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected JooqPersistence freshPersistence() {
    return DATABASE.fresh();
  }
}
