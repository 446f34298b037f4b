package chat.decentra.application.port.in.instance;

import chat.decentra.domain.instance.RegistrationMode;

/**
 * What anyone may know about the instance before signing in.
 *
 * @param needsFirstUser true while nobody has signed up: the first account becomes the admin
 * @param guildInvitesAllowSignUp whether a server invite also lets a newcomer create an account
 */
public record InstanceInfo(
    RegistrationMode registration,
    boolean needsFirstUser,
    boolean membersCanInvite,
    boolean guildInvitesAllowSignUp) {}
