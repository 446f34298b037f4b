package chat.decentra.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;
import org.junit.jupiter.api.Test;

class PermissionOverwriteTest {

  private static final OverwriteTarget ROLE = new OverwriteTarget.ForRole(new RoleId(5));

  @Test
  void deniesGoBeforeAllows() {
    var overwrite =
        new PermissionOverwrite(
            ROLE,
            Permissions.of(Permission.SEND_MESSAGES),
            Permissions.of(Permission.VIEW_CHANNEL, Permission.CONNECT));

    assertThat(
            overwrite.applyTo(
                Permissions.of(Permission.VIEW_CHANNEL, Permission.CONNECT, Permission.SPEAK)))
        .isEqualTo(Permissions.of(Permission.SEND_MESSAGES, Permission.SPEAK));
  }

  @Test
  void aPermissionCannotBeBothAllowedAndDenied() {
    var both = Permissions.of(Permission.SEND_MESSAGES);

    assertThat(PermissionOverwrite.isValid(both, both)).isFalse();
    assertThatThrownBy(() -> new PermissionOverwrite(ROLE, both, both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allow and deny");
  }

  @Test
  void guildOnlyPermissionsAreRefused() {
    assertThat(
            PermissionOverwrite.isValid(
                Permissions.of(Permission.ADMINISTRATOR), Permissions.none()))
        .isFalse();
    assertThat(
            PermissionOverwrite.isValid(Permissions.none(), Permissions.of(Permission.BAN_MEMBERS)))
        .isFalse();
    assertThat(PermissionOverwrite.isValid(Permissions.channelScoped(), Permissions.none()))
        .isTrue();
    assertThat(PermissionOverwrite.isValid(null, Permissions.none())).isFalse();
  }

  @Test
  void targetsAreValues() {
    assertThat(new OverwriteTarget.ForMember(new UserId(3)))
        .isEqualTo(new OverwriteTarget.ForMember(new UserId(3)));
    assertThatThrownBy(() -> new OverwriteTarget.ForRole(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roleId");
    assertThatThrownBy(() -> new OverwriteTarget.ForMember(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
  }
}
