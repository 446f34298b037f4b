package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.contract.TransactionPortContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransactionPortH2Test extends TransactionPortContractTest {

  @RegisterExtension static final TestPersistence DATABASE = TestPersistence.h2();

  @Override
  protected Subject createSubject() {
    JooqPersistence persistence = DATABASE.fresh();
    return new Subject(
        persistence.transactionPort(), persistence.loadUserPort(), persistence.saveUserPort());
  }
}
