package chat.decentra.application.port.out.contract;

import chat.decentra.application.testing.TestApplication;

class InMemoryAvatarImagePortTest extends AvatarImagePortContractTest {

  @Override
  protected Subject createSubject() {
    var app = new TestApplication();
    return new Subject(app.avatarImages, app.users);
  }
}
