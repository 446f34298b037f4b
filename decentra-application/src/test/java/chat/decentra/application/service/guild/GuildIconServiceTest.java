package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.GetGuildIconUseCase.GuildIconImage;
import chat.decentra.application.port.in.guild.SetGuildIconUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuildIconServiceTest {

  /** A real 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** A real 1×1 GIF89a. */
  private static final byte[] GIF =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private GuildId guild;

  @BeforeEach
  void guildExists() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    t.events.clear();
  }

  private Guild uploaded(SetGuildIconUseCase.UploadResult result) {
    assertThat(result).isInstanceOf(SetGuildIconUseCase.Updated.class);
    return ((SetGuildIconUseCase.Updated) result).guild();
  }

  @Test
  void anUploadedIconIsKeptWithItsTypeAndReadableByAnyone() {
    Guild updated = uploaded(t.app.setGuildIcon().upload(owner, guild, PNG));

    assertThat(updated.icon())
        .hasValueSatisfying(icon -> assertThat(icon.type()).isEqualTo(ImageType.PNG));
    GuildIconImage image = t.app.guildIcon().icon(guild).orElseThrow();
    assertThat(image.type()).isEqualTo(ImageType.PNG);
    assertThat(image.version()).isEqualTo(updated.icon().get().version());
    assertThat(image.data()).isEqualTo(PNG);
    assertThat(t.events.ofType(GuildEvent.GuildUpdated.class)).hasSize(1);
    assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
        .isEqualTo(AuditAction.GUILD_ICON_UPDATE);
  }

  @Test
  void everyUploadHasANewVersion() {
    String first = uploaded(t.app.setGuildIcon().upload(owner, guild, PNG)).icon().get().version();
    String second = uploaded(t.app.setGuildIcon().upload(owner, guild, GIF)).icon().get().version();

    assertThat(second).isNotEqualTo(first);
    assertThat(t.app.guildIcon().icon(guild).orElseThrow().type()).isEqualTo(ImageType.GIF);
  }

  @Test
  void somethingThatIsNotAnImageIsRefusedAndChangesNothing() {
    Object before = t.state();

    assertThat(t.app.setGuildIcon().upload(owner, guild, "<svg/>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SetGuildIconUseCase.NotAnImage.class);
    assertThat(t.state()).isEqualTo(before);
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void anImageLargerThanTwoMebibytesIsRefused() {
    byte[] huge = Arrays.copyOf(PNG, ImageType.MAX_UPLOAD_BYTES + 1);
    byte[] justFits = Arrays.copyOf(PNG, ImageType.MAX_UPLOAD_BYTES);

    assertThat(t.app.setGuildIcon().upload(owner, guild, huge))
        .isInstanceOf(SetGuildIconUseCase.TooLarge.class);
    assertThat(t.app.setGuildIcon().upload(owner, guild, justFits))
        .isInstanceOf(SetGuildIconUseCase.Updated.class);
  }

  @Test
  void removingTheIconDropsItsBytes() {
    t.app.setGuildIcon().upload(owner, guild, PNG);

    var result = t.app.setGuildIcon().remove(owner, guild);

    assertThat(((SetGuildIconUseCase.Updated) result).guild().icon()).isEmpty();
    assertThat(t.app.guildIcon().icon(guild)).isEmpty();
    assertThat(t.icons.loadIcon(guild)).isEmpty();
  }

  @Test
  void removingNoIconChangesNothing() {
    Object before = t.state();

    assertThat(t.app.setGuildIcon().remove(owner, guild))
        .isInstanceOf(SetGuildIconUseCase.Updated.class);
    assertThat(t.state()).isEqualTo(before);
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void anUnknownGuildHasNoIcon() {
    assertThat(t.app.guildIcon().icon(new GuildId(99))).isEmpty();
  }
}
