package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;

class InMemoryTransactionPortTest extends TransactionPortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.transactions, app.users, app.users);
  }
}
