package chat.decentra.domain.guild;

import static chat.decentra.domain.permission.Permission.ADMINISTRATOR;
import static chat.decentra.domain.permission.Permission.ATTACH_FILES;
import static chat.decentra.domain.permission.Permission.BAN_MEMBERS;
import static chat.decentra.domain.permission.Permission.CONNECT;
import static chat.decentra.domain.permission.Permission.CREATE_INVITE;
import static chat.decentra.domain.permission.Permission.DEAFEN_MEMBERS;
import static chat.decentra.domain.permission.Permission.EMBED_LINKS;
import static chat.decentra.domain.permission.Permission.KICK_MEMBERS;
import static chat.decentra.domain.permission.Permission.MANAGE_CHANNELS;
import static chat.decentra.domain.permission.Permission.MANAGE_MESSAGES;
import static chat.decentra.domain.permission.Permission.MANAGE_ROLES;
import static chat.decentra.domain.permission.Permission.MENTION_EVERYONE;
import static chat.decentra.domain.permission.Permission.MOVE_MEMBERS;
import static chat.decentra.domain.permission.Permission.MUTE_MEMBERS;
import static chat.decentra.domain.permission.Permission.SEND_MESSAGES;
import static chat.decentra.domain.permission.Permission.SPEAK;
import static chat.decentra.domain.permission.Permission.VIDEO;
import static chat.decentra.domain.permission.Permission.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PermissionCalculatorTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final GuildId GUILD = new GuildId(100);
  private static final UserId OWNER = new UserId(1);
  private static final UserId ALICE = new UserId(2);
  private static final UserId BOB = new UserId(3);
  private static final RoleId EVERYONE = RoleId.everyone(GUILD);
  private static final RoleId RED = new RoleId(201);
  private static final RoleId BLUE = new RoleId(202);
  private static final RoleId GREEN = new RoleId(203);
  private static final RoleId GONE = new RoleId(299);

  private static final Guild THE_GUILD = Guild.create(GUILD, "Home", OWNER, NOW);

  private static Permissions perms(Permission... permissions) {
    return Permissions.of(permissions);
  }

  private static Role role(RoleId id, int position, Permission... permissions) {
    return new Role(id, GUILD, "role " + id, 0, position, perms(permissions), false);
  }

  private static Member member(UserId user, RoleId... roles) {
    return new Member(GUILD, user, Optional.empty(), Set.of(roles), NOW);
  }

  private static PermissionCalculator calculator(Permissions everyone, Role... roles) {
    var all = new ArrayList<Role>();
    all.add(Role.everyone(GUILD, everyone));
    all.addAll(Arrays.asList(roles));
    return new PermissionCalculator(THE_GUILD, all);
  }

  private static PermissionOverwrite forRole(RoleId role, Permissions allow, Permissions deny) {
    return new PermissionOverwrite(new OverwriteTarget.ForRole(role), allow, deny);
  }

  private static PermissionOverwrite forMember(UserId user, Permissions allow, Permissions deny) {
    return new PermissionOverwrite(new OverwriteTarget.ForMember(user), allow, deny);
  }

  private static Channel channel(ChannelKind kind, PermissionOverwrite... overwrites) {
    return new Channel(
        new ChannelId(500),
        GUILD,
        kind,
        kind == ChannelKind.TEXT ? "general" : "General",
        Optional.empty(),
        0,
        Optional.empty(),
        List.of(overwrites));
  }

  @Nested
  class InTheGuild {

    static Stream<Arguments> cases() {
      Permissions basic = perms(VIEW_CHANNEL, SEND_MESSAGES);
      return Stream.of(
          Arguments.of(
              "a member without roles holds @everyone's permissions",
              basic,
              List.of(),
              member(ALICE),
              basic),
          Arguments.of(
              "a role adds to @everyone's",
              basic,
              List.of(role(RED, 1, KICK_MEMBERS)),
              member(ALICE, RED),
              perms(VIEW_CHANNEL, SEND_MESSAGES, KICK_MEMBERS)),
          Arguments.of(
              "several roles add up",
              basic,
              List.of(role(RED, 1, KICK_MEMBERS), role(BLUE, 2, BAN_MEMBERS)),
              member(ALICE, RED, BLUE),
              perms(VIEW_CHANNEL, SEND_MESSAGES, KICK_MEMBERS, BAN_MEMBERS)),
          Arguments.of(
              "roles the member does not hold do not count",
              basic,
              List.of(role(RED, 1, KICK_MEMBERS), role(BLUE, 2, BAN_MEMBERS)),
              member(ALICE, RED),
              perms(VIEW_CHANNEL, SEND_MESSAGES, KICK_MEMBERS)),
          Arguments.of(
              "a deleted role the member still lists is ignored",
              basic,
              List.of(),
              member(ALICE, GONE),
              basic),
          Arguments.of(
              "@everyone with nothing leaves a plain member with nothing",
              Permissions.none(),
              List.of(),
              member(ALICE),
              Permissions.none()),
          Arguments.of(
              "administrator through a role grants everything",
              basic,
              List.of(role(RED, 1, ADMINISTRATOR)),
              member(ALICE, RED),
              Permissions.all()),
          Arguments.of(
              "administrator on @everyone grants everything to everyone",
              perms(ADMINISTRATOR),
              List.of(),
              member(ALICE),
              Permissions.all()),
          Arguments.of(
              "the owner holds everything without any role",
              Permissions.none(),
              List.of(),
              member(OWNER),
              Permissions.all()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void basePermissions(
        String situation,
        Permissions everyone,
        List<Role> roles,
        Member member,
        Permissions expected) {
      var calculator = calculator(everyone, roles.toArray(Role[]::new));

      assertThat(calculator.base(member)).isEqualTo(expected);
    }
  }

  @Nested
  class InAChannel {

    private static final Permissions BASIC = perms(VIEW_CHANNEL, SEND_MESSAGES, CREATE_INVITE);
    private static final Permissions NONE = Permissions.none();

    static Stream<Arguments> cases() {
      return Stream.of(
          Arguments.of(
              "without overwrites the guild permissions hold",
              channel(ChannelKind.TEXT),
              member(ALICE, RED),
              BASIC.with(KICK_MEMBERS)),
          Arguments.of(
              "@everyone denied viewing leaves nothing at all",
              channel(ChannelKind.TEXT, forRole(EVERYONE, NONE, perms(VIEW_CHANNEL))),
              member(ALICE),
              NONE),
          Arguments.of(
              "guild-wide permissions vanish too when the channel cannot be viewed",
              channel(ChannelKind.TEXT, forRole(EVERYONE, NONE, perms(VIEW_CHANNEL))),
              member(ALICE, RED),
              NONE),
          Arguments.of(
              "@everyone's overwrite can allow what the guild does not",
              channel(ChannelKind.TEXT, forRole(EVERYONE, perms(MANAGE_MESSAGES), NONE)),
              member(ALICE),
              BASIC.with(MANAGE_MESSAGES)),
          Arguments.of(
              "a role's allow beats @everyone's deny",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forRole(RED, perms(VIEW_CHANNEL), NONE)),
              member(ALICE, RED),
              BASIC.with(KICK_MEMBERS)),
          Arguments.of(
              "a role's allow does nothing for members without the role",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forRole(RED, perms(VIEW_CHANNEL), NONE)),
              member(ALICE, BLUE),
              NONE),
          Arguments.of(
              "a role's deny beats the guild's grant",
              channel(ChannelKind.TEXT, forRole(RED, NONE, perms(CREATE_INVITE))),
              member(ALICE, RED),
              perms(VIEW_CHANNEL, SEND_MESSAGES, KICK_MEMBERS)),
          Arguments.of(
              "among roles, one role's allow beats another role's deny",
              channel(
                  ChannelKind.TEXT,
                  forRole(RED, NONE, perms(SEND_MESSAGES)),
                  forRole(BLUE, perms(SEND_MESSAGES), NONE)),
              member(ALICE, RED, BLUE),
              BASIC.with(KICK_MEMBERS).with(BAN_MEMBERS)),
          Arguments.of(
              "a role's allow beats @everyone's deny even when another role also denies",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(SEND_MESSAGES)),
                  forRole(RED, NONE, perms(SEND_MESSAGES)),
                  forRole(BLUE, perms(SEND_MESSAGES), NONE)),
              member(ALICE, RED, BLUE),
              BASIC.with(KICK_MEMBERS).with(BAN_MEMBERS)),
          Arguments.of(
              "the member's own deny beats a role's allow",
              channel(
                  ChannelKind.TEXT,
                  forRole(RED, perms(MANAGE_MESSAGES), NONE),
                  forMember(ALICE, NONE, perms(MANAGE_MESSAGES))),
              member(ALICE, RED),
              BASIC.with(KICK_MEMBERS)),
          Arguments.of(
              "the member's own allow beats a role's deny",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forRole(RED, NONE, perms(VIEW_CHANNEL)),
                  forMember(ALICE, perms(VIEW_CHANNEL), NONE)),
              member(ALICE, RED),
              BASIC.with(KICK_MEMBERS)),
          Arguments.of(
              "the member's own deny of viewing shuts them out",
              channel(ChannelKind.TEXT, forMember(ALICE, NONE, perms(VIEW_CHANNEL))),
              member(ALICE, RED),
              NONE),
          Arguments.of(
              "another member's overwrite does nothing",
              channel(ChannelKind.TEXT, forMember(BOB, NONE, perms(VIEW_CHANNEL))),
              member(ALICE),
              BASIC),
          Arguments.of(
              "an overwrite of a deleted role does nothing even if the member still lists it",
              channel(ChannelKind.TEXT, forRole(GONE, perms(MANAGE_MESSAGES), NONE)),
              member(ALICE, GONE),
              BASIC),
          Arguments.of(
              "administrators ignore every deny",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forMember(BOB, NONE, perms(VIEW_CHANNEL, SEND_MESSAGES))),
              member(BOB, GREEN),
              Permissions.all()),
          Arguments.of(
              "the owner ignores every deny",
              channel(
                  ChannelKind.TEXT,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forMember(OWNER, NONE, perms(VIEW_CHANNEL))),
              member(OWNER),
              Permissions.all()),
          Arguments.of(
              "in a text channel, no sending means no mentions, embeds or attachments",
              channel(
                  ChannelKind.TEXT,
                  forRole(
                      EVERYONE,
                      perms(MENTION_EVERYONE, EMBED_LINKS, ATTACH_FILES),
                      perms(SEND_MESSAGES))),
              member(ALICE),
              perms(VIEW_CHANNEL, CREATE_INVITE)),
          Arguments.of(
              "in a voice channel, no connecting means no speaking, video or voice moderation",
              channel(
                  ChannelKind.VOICE,
                  forRole(
                      EVERYONE,
                      perms(SPEAK, VIDEO, MUTE_MEMBERS, DEAFEN_MEMBERS, MOVE_MEMBERS),
                      NONE)),
              member(ALICE),
              BASIC),
          Arguments.of(
              "in a voice channel, connecting keeps the voice permissions",
              channel(
                  ChannelKind.VOICE,
                  forRole(EVERYONE, perms(CONNECT, SPEAK, VIDEO, MUTE_MEMBERS), NONE)),
              member(ALICE),
              BASIC.with(CONNECT).with(SPEAK).with(VIDEO).with(MUTE_MEMBERS)),
          Arguments.of(
              "in a voice channel, not sending keeps attachments (the rule is for text)",
              channel(
                  ChannelKind.VOICE, forRole(EVERYONE, perms(ATTACH_FILES), perms(SEND_MESSAGES))),
              member(ALICE),
              perms(VIEW_CHANNEL, CREATE_INVITE, ATTACH_FILES)),
          Arguments.of(
              "a category follows the same order",
              channel(
                  ChannelKind.CATEGORY,
                  forRole(EVERYONE, NONE, perms(VIEW_CHANNEL)),
                  forRole(BLUE, perms(VIEW_CHANNEL, MANAGE_CHANNELS), NONE)),
              member(ALICE, BLUE),
              BASIC.with(BAN_MEMBERS).with(MANAGE_CHANNELS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void channelPermissions(String situation, Channel channel, Member member, Permissions want) {
      var calculator =
          calculator(
              BASIC,
              role(RED, 1, KICK_MEMBERS),
              role(BLUE, 2, BAN_MEMBERS),
              role(GREEN, 3, ADMINISTRATOR));

      assertThat(calculator.in(channel, member)).isEqualTo(want);
      assertThat(calculator.mayView(channel, member)).isEqualTo(want.has(VIEW_CHANNEL));
    }
  }

  @Nested
  class Hierarchy {

    private static final RoleId LOW = RED;
    private static final RoleId HIGH = BLUE;
    private static final RoleId TOP = GREEN;
    private static final RoleId TWIN_OLDER = new RoleId(210);
    private static final RoleId TWIN_NEWER = new RoleId(211);

    private static PermissionCalculator calculator() {
      return PermissionCalculatorTest.calculator(
          perms(VIEW_CHANNEL),
          role(LOW, 1, KICK_MEMBERS, BAN_MEMBERS, MANAGE_ROLES),
          role(HIGH, 2, KICK_MEMBERS, BAN_MEMBERS, MANAGE_ROLES),
          role(TOP, 3, ADMINISTRATOR),
          role(TWIN_OLDER, 5, KICK_MEMBERS),
          role(TWIN_NEWER, 5, KICK_MEMBERS));
    }

    static Stream<Arguments> members() {
      Member owner = member(OWNER);
      Member admin = member(new UserId(10), TOP);
      Member high = member(new UserId(11), HIGH, LOW);
      Member high2 = member(new UserId(12), HIGH);
      Member low = member(new UserId(13), LOW);
      Member plain = member(new UserId(14));
      Member plain2 = member(new UserId(15));
      Member older = member(new UserId(16), TWIN_OLDER);
      Member newer = member(new UserId(17), TWIN_NEWER);
      return Stream.of(
          Arguments.of("the owner is above an administrator", owner, admin, true),
          Arguments.of("the owner is above a plain member", owner, plain, true),
          Arguments.of("nobody is above the owner, administrators included", admin, owner, false),
          Arguments.of("a plain member is not above the owner", plain, owner, false),
          Arguments.of("the owner is not above themself", owner, owner, false),
          Arguments.of("nobody is above themself", high, high, false),
          Arguments.of("a higher role is above a lower one", high, low, true),
          Arguments.of("a lower role is not above a higher one", low, high, false),
          Arguments.of("the highest role counts, not the number of roles", high2, high, false),
          Arguments.of("the same highest role is not above", high, high2, false),
          Arguments.of("any role is above no role", low, plain, true),
          Arguments.of("no role is not above no role", plain, plain2, false),
          Arguments.of("an administrator is above lower roles", admin, high, true),
          Arguments.of("a lower role is not above an administrator", high, admin, false),
          Arguments.of("at equal positions the older role ranks higher", older, newer, true),
          Arguments.of("at equal positions the newer role ranks lower", newer, older, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void memberAboveMember(String situation, Member actor, Member target, boolean above) {
      assertThat(calculator().isAbove(actor, target)).isEqualTo(above);
    }

    static Stream<Arguments> kicksAndBans() {
      Member owner = member(OWNER);
      Member high = member(new UserId(11), HIGH);
      Member low = member(new UserId(13), LOW);
      Member plain = member(new UserId(14));
      Member older = member(new UserId(16), TWIN_OLDER);
      Member newer = member(new UserId(17), TWIN_NEWER);
      return Stream.of(
          Arguments.of("a higher member with the permission may", high, low, true, true),
          Arguments.of("a lower member with the permission may not", low, high, false, false),
          Arguments.of("nobody may act on the owner", high, owner, false, false),
          Arguments.of("the owner may act on anyone", owner, high, true, true),
          Arguments.of("a plain member lacks the permission", plain, plain, false, false),
          Arguments.of("rank without the ban permission kicks only", older, newer, true, false),
          Arguments.of("nobody may kick or ban themself", high, high, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kicksAndBans")
    void kickAndBan(String situation, Member actor, Member target, boolean kick, boolean ban) {
      assertThat(calculator().mayKick(actor, target)).as("kick").isEqualTo(kick);
      assertThat(calculator().mayBan(actor, target)).as("ban").isEqualTo(ban);
    }

    static Stream<Arguments> roles() {
      Member owner = member(OWNER);
      Member high = member(new UserId(11), HIGH);
      Member low = member(new UserId(13), LOW);
      Member plain = member(new UserId(14));
      Member admin = member(new UserId(10), TOP);
      return Stream.of(
          Arguments.of("a member may manage a role below their highest", high, LOW, true),
          Arguments.of("a member may not manage their own highest role", high, HIGH, false),
          Arguments.of("a member may not manage a role above them", low, HIGH, false),
          Arguments.of("any role is above @everyone", low, EVERYONE, true),
          Arguments.of("a member without roles is not above @everyone", plain, EVERYONE, false),
          Arguments.of("the owner may manage every role", owner, TOP, true),
          Arguments.of("the owner may manage @everyone", owner, EVERYONE, true),
          Arguments.of("an administrator may manage roles below", admin, HIGH, true),
          Arguments.of("an administrator may not manage their own role", admin, TOP, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void manageRole(String situation, Member actor, RoleId role, boolean may) {
      var calculator = calculator();
      Role target = calculator.role(role).orElseThrow();

      assertThat(calculator.isAbove(actor, target)).isEqualTo(may);
      assertThat(calculator.mayManageRole(actor, target)).isEqualTo(may);
    }

    @Test
    void rankWithoutManageRolesIsNotEnoughToManageARole() {
      var calculator = calculator();
      Member older = member(new UserId(16), TWIN_OLDER);

      assertThat(calculator.isAbove(older, calculator.role(LOW).orElseThrow())).isTrue();
      assertThat(calculator.mayManageRole(older, calculator.role(LOW).orElseThrow())).isFalse();
    }

    @Test
    void highestRoleIsEveryoneForAMemberWithoutRoles() {
      assertThat(calculator().highestRole(member(ALICE)).id()).isEqualTo(EVERYONE);
      assertThat(calculator().highestRole(member(ALICE, LOW, TOP, HIGH)).id()).isEqualTo(TOP);
      assertThat(calculator().highestRole(member(ALICE, TWIN_NEWER, TWIN_OLDER)).id())
          .isEqualTo(TWIN_OLDER);
    }
  }

  @Nested
  class Granting {

    @Test
    void aMemberMayGrantOnlyWhatTheyHold() {
      var calculator = calculator(perms(VIEW_CHANNEL), role(RED, 1, MANAGE_ROLES, KICK_MEMBERS));
      Member alice = member(ALICE, RED);

      assertThat(calculator.mayGrant(alice, perms(KICK_MEMBERS, VIEW_CHANNEL))).isTrue();
      assertThat(calculator.mayGrant(alice, Permissions.none())).isTrue();
      assertThat(calculator.mayGrant(alice, perms(KICK_MEMBERS, BAN_MEMBERS))).isFalse();
      assertThat(calculator.mayGrant(alice, perms(ADMINISTRATOR))).isFalse();
    }

    @Test
    void ownersAndAdministratorsMayGrantAnything() {
      var calculator = calculator(perms(VIEW_CHANNEL), role(RED, 1, ADMINISTRATOR));

      assertThat(calculator.mayGrant(member(OWNER), Permissions.all())).isTrue();
      assertThat(calculator.mayGrant(member(ALICE, RED), Permissions.all())).isTrue();
    }
  }

  @Nested
  class Misuse {

    @Test
    void theEveryoneRoleIsRequired() {
      assertThatThrownBy(() -> new PermissionCalculator(THE_GUILD, List.of(role(RED, 1))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("@everyone");
    }

    @Test
    void rolesOfAnotherGuildAreRefused() {
      var foreign = Role.everyone(new GuildId(999), Permissions.none());
      assertThatThrownBy(
              () ->
                  new PermissionCalculator(
                      THE_GUILD, List.of(Role.everyone(GUILD, Permissions.none()), foreign)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("roles");
    }

    @Test
    void membersAndChannelsOfAnotherGuildAreRefused() {
      var calculator = calculator(perms(VIEW_CHANNEL));
      var stranger = new Member(new GuildId(999), ALICE, Optional.empty(), Set.of(), NOW);
      var elsewhere = Channel.create(new ChannelId(7), new GuildId(999), ChannelKind.TEXT, "x", 0);

      assertThatThrownBy(() -> calculator.base(stranger))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("member");
      assertThatThrownBy(() -> calculator.in(elsewhere, member(ALICE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("channel");
    }
  }
}
