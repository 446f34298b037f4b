package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;

class InMemoryInstanceInvitePortTest extends InstanceInvitePortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.invites, app.users, app.transactions);
  }
}
