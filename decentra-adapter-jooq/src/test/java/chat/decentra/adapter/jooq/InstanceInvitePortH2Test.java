package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.InstanceInvitePortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceInvitePortH2Test extends InstanceInvitePortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(
        persistence.instanceInvitePort(),
        persistence.saveUserPort(),
        persistence.transactionPort());
  }
}
