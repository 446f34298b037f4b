package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.AuthSessionPortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthSessionPortPostgresIT extends AuthSessionPortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.authSessionPort(), persistence.saveUserPort());
  }
}
