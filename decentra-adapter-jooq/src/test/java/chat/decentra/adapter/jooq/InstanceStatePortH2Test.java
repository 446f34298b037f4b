package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.InstanceStatePortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceStatePortH2Test extends InstanceStatePortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.instanceStatePort(), persistence.transactionPort());
  }
}
