package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.AuthSessionPortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthSessionPortH2Test extends AuthSessionPortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.authSessionPort(), persistence.saveUserPort());
  }
}
