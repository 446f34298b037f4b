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
