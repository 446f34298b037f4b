-- Accounts, sessions, instance invites and the instance's own state.
--
-- This DDL runs unchanged on PostgreSQL and on H2 2.x in its regular mode; jOOQ generates its classes
-- from it at build time. Released migrations are never edited: add the next V<n>__*.sql instead.
-- Portable choices: VARCHAR(n) for indexed text; BYTEA for bytes (PostgreSQL's type, an alias of
-- BINARY VARYING in H2); TIMESTAMP WITH TIME ZONE for instants. Lengths of text that people type are
-- in UTF-16 units on H2 and code points on PostgreSQL, so they leave room for two units per code point.

CREATE TABLE users (
    id                 BIGINT                   NOT NULL,
    username           VARCHAR(32)              NOT NULL,
    -- Lower-case username: uniqueness ignores case.
    username_canonical VARCHAR(32)              NOT NULL,
    display_name       VARCHAR(64),
    avatar_emoji       VARCHAR(64),
    avatar_image_type  VARCHAR(32),
    avatar_version     VARCHAR(64),
    status             VARCHAR(16)              NOT NULL,
    custom_status      VARCHAR(256),
    is_admin           BOOLEAN                  NOT NULL,
    invited_by         BIGINT,
    password_hash      VARCHAR(255)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_username_canonical_key UNIQUE (username_canonical),
    CONSTRAINT users_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id) ON DELETE SET NULL,
    -- An avatar is an emoji or an uploaded image (type and version together), never both.
    CONSTRAINT users_avatar_check CHECK (
        (avatar_image_type IS NULL AND avatar_version IS NULL)
        OR (avatar_image_type IS NOT NULL AND avatar_version IS NOT NULL AND avatar_emoji IS NULL))
);

CREATE TABLE avatar_images (
    user_id      BIGINT      NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    version      VARCHAR(64) NOT NULL,
    data         BYTEA       NOT NULL,
    CONSTRAINT avatar_images_pkey PRIMARY KEY (user_id),
    CONSTRAINT avatar_images_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE auth_sessions (
    id           BIGINT                   NOT NULL,
    user_id      BIGINT                   NOT NULL,
    -- Lower-case hex SHA-256 of the token; the token itself is never stored.
    token_hash   VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    client_ip    VARCHAR(64)              NOT NULL,
    user_agent   VARCHAR(256)             NOT NULL,
    CONSTRAINT auth_sessions_pkey PRIMARY KEY (id),
    CONSTRAINT auth_sessions_token_hash_key UNIQUE (token_hash),
    CONSTRAINT auth_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX auth_sessions_user_id_idx ON auth_sessions (user_id);

CREATE INDEX auth_sessions_expires_at_idx ON auth_sessions (expires_at);

CREATE TABLE instance_invites (
    code       VARCHAR(64)              NOT NULL,
    created_by BIGINT                   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL: unlimited.
    max_uses   INTEGER,
    uses       INTEGER                  NOT NULL,
    -- NULL: never expires.
    expires_at TIMESTAMP WITH TIME ZONE,
    revoked    BOOLEAN                  NOT NULL,
    CONSTRAINT instance_invites_pkey PRIMARY KEY (code),
    CONSTRAINT instance_invites_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT instance_invites_uses_check CHECK (uses >= 0)
);

CREATE INDEX instance_invites_created_by_idx ON instance_invites (created_by);

-- Exactly one row. admin_user_id has no foreign key on purpose: sign-up claims the admin role
-- before it inserts the user, in the same transaction, so that the user is created with its flag.
CREATE TABLE instance_state (
    id                 SMALLINT NOT NULL,
    admin_user_id      BIGINT,
    members_can_invite BOOLEAN  NOT NULL,
    CONSTRAINT instance_state_pkey PRIMARY KEY (id),
    CONSTRAINT instance_state_single_row CHECK (id = 1)
);

INSERT INTO instance_state (id, admin_user_id, members_can_invite) VALUES (1, NULL, FALSE);
