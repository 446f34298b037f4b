package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.LoadAndSaveUserPortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoadAndSaveUserPortPostgresIT extends LoadAndSaveUserPortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.loadUserPort(), persistence.saveUserPort());
  }
}
