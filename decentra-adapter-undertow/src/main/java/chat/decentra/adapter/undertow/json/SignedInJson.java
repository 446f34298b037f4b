package chat.decentra.adapter.undertow.json;

import chat.decentra.application.port.in.account.SignedIn;

/** The answer to sign-up and login: the user and their new session token. */
public record SignedInJson(UserJson user, String token) {

  public static SignedInJson of(SignedIn session) {
    return new SignedInJson(UserJson.self(session.user()), session.token());
  }

  @Override
  public String toString() {
    return "SignedInJson[user=" + user.id() + "]";
  }
}
