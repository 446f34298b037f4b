package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;

class InMemoryInstanceStatePortTest extends InstanceStatePortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.instance, app.transactions);
  }
}
