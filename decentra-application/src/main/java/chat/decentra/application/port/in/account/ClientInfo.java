package chat.decentra.application.port.in.account;

/**
 * Where a request came from, as the edge resolved it; kept with sessions so users can recognise
 * them.
 */
public record ClientInfo(String ip, String userAgent) {

  public ClientInfo {
    ip = ip == null ? "" : ip;
    userAgent = userAgent == null ? "" : userAgent;
  }
}
