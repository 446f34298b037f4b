package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.LoadAndSaveUserPortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoadAndSaveUserPortH2Test extends LoadAndSaveUserPortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.loadUserPort(), persistence.saveUserPort());
  }
}
