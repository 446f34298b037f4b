package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.AvatarImagePortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class AvatarImagePortPostgresIT extends AvatarImagePortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.avatarImagePort(), persistence.saveUserPort());
  }
}
