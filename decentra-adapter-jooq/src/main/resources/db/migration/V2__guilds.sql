-- Guilds ("servers" in the UI) with their channels, roles, members, bans, invites, audit log and icons.
--
-- The same rules as V1: this DDL runs unchanged on PostgreSQL and on H2 2.x in its regular mode, and
-- lengths of text that people type leave room for two UTF-16 units per code point.
--
-- Deleting a guild deletes everything in it through ON DELETE CASCADE, on both databases. So do
-- deleting a channel (its overwrites, the invites that lead to it), a membership (its roles) and a
-- role (its assignments to members). A role's channel overwrites share one target column with
-- members' overwrites, so the adapter deletes them itself.
--
-- Columns that say who did something (banned_by, created_by, actor_id) have no foreign key: they are
-- a record of the past. Columns that say whom a row is about do.

CREATE TABLE guilds (
    id           BIGINT                   NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    owner_id     BIGINT                   NOT NULL,
    -- The uploaded icon's media type and version, both or neither; its bytes are in guild_icons.
    icon_type    VARCHAR(32),
    icon_version VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT guilds_pkey PRIMARY KEY (id),
    -- No cascade: an account that owns a guild hands it over or deletes it first.
    CONSTRAINT guilds_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT guilds_icon_check CHECK (
        (icon_type IS NULL AND icon_version IS NULL)
        OR (icon_type IS NOT NULL AND icon_version IS NOT NULL))
);

CREATE TABLE guild_icons (
    guild_id     BIGINT      NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    version      VARCHAR(64) NOT NULL,
    data         BYTEA       NOT NULL,
    CONSTRAINT guild_icons_pkey PRIMARY KEY (guild_id),
    CONSTRAINT guild_icons_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE
);

CREATE TABLE channels (
    id        BIGINT        NOT NULL,
    guild_id  BIGINT        NOT NULL,
    -- ChannelKind's wire name: text, voice or category.
    kind      VARCHAR(16)   NOT NULL,
    name      VARCHAR(200)  NOT NULL,
    -- Text channels only; may hold line breaks.
    topic     VARCHAR(2048),
    position  INTEGER       NOT NULL,
    parent_id BIGINT,
    CONSTRAINT channels_pkey PRIMARY KEY (id),
    CONSTRAINT channels_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE,
    -- The service moves a category's channels out before deleting it; SET NULL is the safety net.
    CONSTRAINT channels_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES channels (id) ON DELETE SET NULL,
    CONSTRAINT channels_position_check CHECK (position >= 0)
);

CREATE INDEX channels_guild_id_idx ON channels (guild_id);

CREATE INDEX channels_parent_id_idx ON channels (parent_id);

CREATE TABLE roles (
    id          BIGINT       NOT NULL,
    guild_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    -- 24-bit RGB; 0 means none.
    colour      INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    -- Permission bits as in chat.decentra.domain.permission.Permission, fixed forever.
    permissions BIGINT       NOT NULL,
    hoist       BOOLEAN      NOT NULL,
    CONSTRAINT roles_pkey PRIMARY KEY (id),
    -- Lists a guild's roles, and lets member_roles require a role of the member's own guild.
    CONSTRAINT roles_guild_id_id_key UNIQUE (guild_id, id),
    CONSTRAINT roles_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE,
    CONSTRAINT roles_colour_check CHECK (colour >= 0 AND colour <= 16777215),
    CONSTRAINT roles_position_check CHECK (position >= 0)
);

-- One row per channel and target. The target is a role (the guild's id for @everyone) or a member.
CREATE TABLE channel_overwrites (
    channel_id  BIGINT     NOT NULL,
    -- role or member
    target_kind VARCHAR(8) NOT NULL,
    -- The role's id or the user's id.
    target_id   BIGINT     NOT NULL,
    allow_bits  BIGINT     NOT NULL,
    deny_bits   BIGINT     NOT NULL,
    CONSTRAINT channel_overwrites_pkey PRIMARY KEY (channel_id, target_kind, target_id),
    CONSTRAINT channel_overwrites_channel_id_fkey FOREIGN KEY (channel_id) REFERENCES channels (id) ON DELETE CASCADE,
    CONSTRAINT channel_overwrites_target_kind_check CHECK (target_kind IN ('role', 'member'))
);

-- Deleting a role deletes the overwrites that name it.
CREATE INDEX channel_overwrites_target_id_idx ON channel_overwrites (target_id);

CREATE TABLE members (
    guild_id  BIGINT                   NOT NULL,
    user_id   BIGINT                   NOT NULL,
    nickname  VARCHAR(64),
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (guild_id, user_id),
    CONSTRAINT members_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE,
    CONSTRAINT members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- A user's guilds, in the order they joined.
CREATE INDEX members_user_id_idx ON members (user_id, joined_at);

-- The roles assigned to a member; @everyone is implicit and never listed.
CREATE TABLE member_roles (
    guild_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    role_id  BIGINT NOT NULL,
    CONSTRAINT member_roles_pkey PRIMARY KEY (guild_id, user_id, role_id),
    CONSTRAINT member_roles_member_fkey FOREIGN KEY (guild_id, user_id)
        REFERENCES members (guild_id, user_id) ON DELETE CASCADE,
    CONSTRAINT member_roles_role_fkey FOREIGN KEY (guild_id, role_id)
        REFERENCES roles (guild_id, id) ON DELETE CASCADE,
    CONSTRAINT member_roles_not_everyone_check CHECK (role_id <> guild_id)
);

CREATE INDEX member_roles_role_idx ON member_roles (guild_id, role_id);

CREATE TABLE guild_bans (
    guild_id  BIGINT                   NOT NULL,
    user_id   BIGINT                   NOT NULL,
    reason    VARCHAR(1024),
    banned_by BIGINT                   NOT NULL,
    banned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT guild_bans_pkey PRIMARY KEY (guild_id, user_id),
    CONSTRAINT guild_bans_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE,
    CONSTRAINT guild_bans_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE guild_invites (
    code       VARCHAR(64)              NOT NULL,
    guild_id   BIGINT                   NOT NULL,
    -- The channel the newcomer lands in; NULL: none named.
    channel_id BIGINT,
    created_by BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL: unlimited.
    max_uses   INTEGER,
    uses       INTEGER                  NOT NULL,
    -- NULL: never expires.
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked    BOOLEAN                  NOT NULL,
    CONSTRAINT guild_invites_pkey PRIMARY KEY (code),
    CONSTRAINT guild_invites_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE,
    CONSTRAINT guild_invites_channel_id_fkey FOREIGN KEY (channel_id) REFERENCES channels (id) ON DELETE CASCADE,
    CONSTRAINT guild_invites_uses_check CHECK (uses >= 0)
);

CREATE INDEX guild_invites_guild_id_idx ON guild_invites (guild_id, created_at);

CREATE INDEX guild_invites_channel_id_idx ON guild_invites (channel_id);

CREATE TABLE audit_log (
    id         BIGINT                   NOT NULL,
    guild_id   BIGINT                   NOT NULL,
    actor_id   BIGINT                   NOT NULL,
    -- AuditAction's wire name.
    action     VARCHAR(32)              NOT NULL,
    -- The target's id or invite code in its wire form.
    target_id  VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reason     VARCHAR(1024),
    detail     VARCHAR(512),
    CONSTRAINT audit_log_pkey PRIMARY KEY (id),
    CONSTRAINT audit_log_guild_id_fkey FOREIGN KEY (guild_id) REFERENCES guilds (id) ON DELETE CASCADE
);

-- A guild's entries, newest first, paged by id.
CREATE INDEX audit_log_guild_id_idx ON audit_log (guild_id, id DESC);
