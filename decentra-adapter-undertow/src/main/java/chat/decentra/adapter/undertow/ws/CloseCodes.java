package chat.decentra.adapter.undertow.ws;

/** The gateway's close codes (docs/protocol.md, "Close codes"). */
final class CloseCodes {

  static final int NORMAL = 1000;
  static final int GOING_AWAY = 1001;
  static final int TOO_BIG = 1009;
  static final int UNKNOWN_ERROR = 4000;
  static final int MALFORMED = 4001;
  static final int NOT_AUTHENTICATED = 4003;
  static final int AUTHENTICATION_FAILED = 4004;
  static final int ALREADY_AUTHENTICATED = 4005;
  static final int RATE_LIMITED = 4008;
  static final int TIMED_OUT = 4009;
  static final int SESSION_REVOKED = 4010;
  static final int TOO_SLOW = 4011;

  private CloseCodes() {}
}
