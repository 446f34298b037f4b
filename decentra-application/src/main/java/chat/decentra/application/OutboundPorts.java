package chat.decentra.application;

import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.application.port.out.CheckDatabasePort;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PasswordHashPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import java.time.Clock;

/**
 * Everything the application needs from the world, handed over in one piece by whoever embeds it.
 */
public record OutboundPorts(
    LoadUserPort loadUsers,
    SaveUserPort saveUsers,
    AvatarImagePort avatarImages,
    AuthSessionPort sessions,
    InstanceInvitePort invites,
    InstanceStatePort instance,
    TransactionPort transactions,
    CheckDatabasePort database,
    PasswordHashPort passwords,
    PublishEventPort events,
    GenerateIdPort ids,
    Clock clock) {}
