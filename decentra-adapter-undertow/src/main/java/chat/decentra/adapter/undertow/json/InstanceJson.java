package chat.decentra.adapter.undertow.json;

import chat.decentra.application.port.in.instance.InstanceInfo;
import java.util.Locale;

/** The public facts about the instance on the wire. */
public record InstanceJson(
    String registration,
    boolean needsFirstUser,
    boolean membersCanInvite,
    boolean guildInvitesAllowSignUp) {

  public static InstanceJson of(InstanceInfo info) {
    return new InstanceJson(
        info.registration().name().toLowerCase(Locale.ROOT),
        info.needsFirstUser(),
        info.membersCanInvite(),
        info.guildInvitesAllowSignUp());
  }
}
