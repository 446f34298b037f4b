package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class InMemoryTransactionPortTest extends TransactionPortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.transactions, app.users, app.users);
  }

  @Test
  @Override
  @Disabled(
      "InMemoryTransactionAdapter throws on setRollbackOnly in a nested call instead of marking"
          + " the outer transaction; the jOOQ adapter supports it")
  void rollbackOnlyInANestedCallRollsBackTheWhole() {}
}
