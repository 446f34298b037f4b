// The REST API (docs/api.md): JSON over fetch with the session cookie; errors become ApiError.

const BASE = '/api/v1';

/** An error answer of the API (`{"error":{code,message}}`), or a network failure (`network_error`, status 0). */
export class ApiError extends Error {
  constructor(code, message, status, retryAfter = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** Sends one request; `body` is sent as JSON unless it is a Blob (sent raw). Resolves to the parsed answer, or null for 204. */
export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (body instanceof Blob) {
    headers['Content-Type'] = body.type.startsWith('image/') ? body.type : 'application/octet-stream';
    init.body = body;
  } else if (method !== 'GET') {
    // The server's CSRF defence wants a JSON content type on every state-changing request.
    headers['Content-Type'] = 'application/json';
    if (body !== undefined) init.body = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch {
    throw new ApiError('network_error', 'The server could not be reached.', 0);
  }
  if (response.status === 204) return null;
  const payload = await response.json().catch(() => null);
  if (response.ok) return payload;
  throw toError(response, payload);
}

function toError(response, payload) {
  const retry = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  const retryAfter = Number.isFinite(retry) ? retry : null;
  const error = payload?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(error.code, error.message ?? error.code, response.status, retryAfter);
  }
  return new ApiError('http_' + response.status, `The server answered ${response.status}.`, response.status, retryAfter);
}

const encode = encodeURIComponent;

/** GET /instance: registration mode, first-user flag and invite policy. */
export const getInstance = () => request('GET', '/instance');
/** PATCH /instance (admin). */
export const updateInstance = (patch) => request('PATCH', '/instance', patch);

/** POST /auth/login → {user, token}. */
export const login = (username, password) => request('POST', '/auth/login', { username, password });
/** POST /auth/signup → {user, token}; `invite` may be omitted. */
export const signup = (username, password, invite) =>
  request('POST', '/auth/signup', invite ? { username, password, invite } : { username, password });
/** POST /auth/logout: ends this session. */
export const logout = () => request('POST', '/auth/logout');

/** GET /users/@me. */
export const getMe = () => request('GET', '/users/@me');
/** GET /users/{id}. */
export const getUser = (id) => request('GET', `/users/${encode(id)}`);
/** PATCH /users/@me with any of display_name, custom_status, status, avatar_emoji. */
export const updateMe = (patch) => request('PATCH', '/users/@me', patch);
/** PUT /users/@me/avatar with the raw image file. */
export const uploadAvatar = (file) => request('PUT', '/users/@me/avatar', file);
/** DELETE /users/@me/avatar. */
export const deleteAvatar = () => request('DELETE', '/users/@me/avatar');
/** POST /users/@me/password; the server signs out every other session. */
export const changePassword = (oldPassword, newPassword) =>
  request('POST', '/users/@me/password', { old_password: oldPassword, new_password: newPassword });

/** GET /users/@me/sessions, newest use first. */
export const getSessions = () => request('GET', '/users/@me/sessions');
/** DELETE /users/@me/sessions/{id}. */
export const deleteSession = (id) => request('DELETE', `/users/@me/sessions/${encode(id)}`);

/** GET /invites. */
export const getInvites = () => request('GET', '/invites');
/** POST /invites with optional max_uses and max_age_seconds. */
export const createInvite = (options) => request('POST', '/invites', options);
/** DELETE /invites/{code}. */
export const revokeInvite = (code) => request('DELETE', `/invites/${encode(code)}`);

// Servers ("guilds"): docs/api.md, section "Servers, channels, roles and moderation".

/** POST /guilds → GuildView. */
export const createGuild = (name) => request('POST', '/guilds', { name });
/** GET /guilds/{id} → GuildView. */
export const getGuild = (id) => request('GET', `/guilds/${encode(id)}`);
/** PATCH /guilds/{id} with {name} → Guild. */
export const updateGuild = (id, patch) => request('PATCH', `/guilds/${encode(id)}`, patch);
/** DELETE /guilds/{id} (owner only). */
export const deleteGuild = (id) => request('DELETE', `/guilds/${encode(id)}`);
/** PUT /guilds/{id}/icon with the raw image file → Guild. */
export const uploadGuildIcon = (id, file) => request('PUT', `/guilds/${encode(id)}/icon`, file);
/** DELETE /guilds/{id}/icon → Guild. */
export const deleteGuildIcon = (id) => request('DELETE', `/guilds/${encode(id)}/icon`);
/** POST /guilds/{id}/owner: hands the server to another member → Guild. */
export const transferGuild = (id, userId) => request('POST', `/guilds/${encode(id)}/owner`, { user_id: userId });
/** DELETE /users/@me/guilds/{id}: leaves the server. */
export const leaveGuild = (id) => request('DELETE', `/users/@me/guilds/${encode(id)}`);

/** GET /guilds/{id}/channels → the channels the caller may view. */
export const getChannels = (guildId) => request('GET', `/guilds/${encode(guildId)}/channels`);
/** POST /guilds/{id}/channels with {type, name, topic?, parent_id?, position?} → Channel. */
export const createChannel = (guildId, channel) => request('POST', `/guilds/${encode(guildId)}/channels`, channel);
/** PATCH /guilds/{id}/channels with [{id, position, parent_id?}]: all moves or none. */
export const reorderChannels = (guildId, moves) => request('PATCH', `/guilds/${encode(guildId)}/channels`, moves);
/** PATCH /channels/{id} with any of {name, topic, parent_id, position} → Channel. */
export const updateChannel = (id, patch) => request('PATCH', `/channels/${encode(id)}`, patch);
/** DELETE /channels/{id}. */
export const deleteChannel = (id) => request('DELETE', `/channels/${encode(id)}`);
/** PUT /channels/{id}/overwrites/{role|member}/{target} with {allow, deny}. */
export const putOverwrite = (channelId, type, targetId, overwrite) =>
  request('PUT', `/channels/${encode(channelId)}/overwrites/${encode(type)}/${encode(targetId)}`, overwrite);
/** DELETE /channels/{id}/overwrites/{role|member}/{target}. */
export const deleteOverwrite = (channelId, type, targetId) =>
  request('DELETE', `/channels/${encode(channelId)}/overwrites/${encode(type)}/${encode(targetId)}`);

/** POST /guilds/{id}/invites with optional max_uses, max_age_seconds, channel_id → GuildInvite. */
export const createGuildInvite = (guildId, options) => request('POST', `/guilds/${encode(guildId)}/invites`, options);
/** GET /guilds/{id}/invites → [GuildInvite] with use counts. */
export const getGuildInvites = (guildId) => request('GET', `/guilds/${encode(guildId)}/invites`);
/** DELETE /guilds/{id}/invites/{code}. */
export const revokeGuildInvite = (guildId, code) => request('DELETE', `/guilds/${encode(guildId)}/invites/${encode(code)}`);
/** GET /invites/{code} → InvitePreview (the server's name, icon and member count). */
export const previewInvite = (code) => request('GET', `/invites/${encode(code)}`);
/** POST /invites/{code}/accept → GuildView. */
export const acceptInvite = (code) => request('POST', `/invites/${encode(code)}/accept`);

/** GET /guilds/{id}/members → [Member]. */
export const getMembers = (guildId) => request('GET', `/guilds/${encode(guildId)}/members`);
/** PATCH /guilds/{id}/members/{user} with {nick} (null clears) → Member. */
export const setNickname = (guildId, userId, nick) =>
  request('PATCH', `/guilds/${encode(guildId)}/members/${encode(userId)}`, { nick });
/** DELETE /guilds/{id}/members/{user}: kicks, with an optional reason. */
export const kickMember = (guildId, userId, reason) =>
  request('DELETE', `/guilds/${encode(guildId)}/members/${encode(userId)}`, reason ? { reason } : undefined);
/** PUT /guilds/{id}/members/{user}/roles/{role}. */
export const addMemberRole = (guildId, userId, roleId) =>
  request('PUT', `/guilds/${encode(guildId)}/members/${encode(userId)}/roles/${encode(roleId)}`);
/** DELETE /guilds/{id}/members/{user}/roles/{role}. */
export const removeMemberRole = (guildId, userId, roleId) =>
  request('DELETE', `/guilds/${encode(guildId)}/members/${encode(userId)}/roles/${encode(roleId)}`);

/** GET /guilds/{id}/bans → [Ban]. */
export const getBans = (guildId) => request('GET', `/guilds/${encode(guildId)}/bans`);
/** PUT /guilds/{id}/bans/{user}: bans (and removes) the user, with an optional reason. */
export const banMember = (guildId, userId, reason) =>
  request('PUT', `/guilds/${encode(guildId)}/bans/${encode(userId)}`, reason ? { reason } : undefined);
/** DELETE /guilds/{id}/bans/{user}. */
export const unbanMember = (guildId, userId) => request('DELETE', `/guilds/${encode(guildId)}/bans/${encode(userId)}`);

/** POST /guilds/{id}/roles with {name, colour?, permissions?} → Role. */
export const createRole = (guildId, role) => request('POST', `/guilds/${encode(guildId)}/roles`, role);
/** PATCH /guilds/{id}/roles/{role} with any of {name, colour, permissions, position} → Role. */
export const updateRole = (guildId, roleId, patch) =>
  request('PATCH', `/guilds/${encode(guildId)}/roles/${encode(roleId)}`, patch);
/** DELETE /guilds/{id}/roles/{role}. */
export const deleteRole = (guildId, roleId) => request('DELETE', `/guilds/${encode(guildId)}/roles/${encode(roleId)}`);

/** GET /guilds/{id}/audit-log → [AuditEntry], newest first, older than `before` when given. */
export const getAuditLog = (guildId, { before, limit = 50 } = {}) => {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  return request('GET', `/guilds/${encode(guildId)}/audit-log?${query}`);
};
