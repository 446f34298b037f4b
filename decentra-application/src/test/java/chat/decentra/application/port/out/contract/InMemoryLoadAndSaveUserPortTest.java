package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;

class InMemoryLoadAndSaveUserPortTest extends LoadAndSaveUserPortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.users, app.users);
  }
}
