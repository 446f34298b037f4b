package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.InstanceStatePortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceStatePortPostgresIT extends InstanceStatePortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.postgres();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(persistence.instanceStatePort(), persistence.transactionPort());
  }
}
