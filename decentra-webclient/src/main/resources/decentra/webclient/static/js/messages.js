// API error codes in words people understand.

const MESSAGES = {
  network_error: 'Can’t reach the server. Check your connection and try again.',
  invalid_credentials: 'Wrong username or password.',
  wrong_password: 'Your current password is wrong.',
  unauthorized: 'Your session has ended. Sign in again.',
  forbidden: 'You are not allowed to do that.',
  username_taken: 'That username is taken. Try another one.',
  invalid_username: 'Usernames are 2–32 letters, digits, _ . or -.',
  invalid_password: 'Passwords need at least 8 characters (and at most 1024).',
  invalid_display_name: 'Display names can be at most 32 characters, without control characters.',
  invalid_custom_status: 'Custom status can be at most 128 characters, without control characters.',
  invalid_status: 'That status does not exist.',
  invalid_avatar_emoji: 'Pick a single emoji.',
  invalid_image: 'That file is not a PNG, JPEG, WebP or GIF image.',
  invalid_invite_options: 'Max uses must be between 1 and 10000, and the expiry between 1 minute and 30 days.',
  payload_too_large: 'That file is too large: images can be at most 2 MB.',
  invite_required: 'You need an invite to join this instance. Ask someone already here for one.',
  invite_unknown: 'That invite code does not exist. Check the link you were given.',
  invite_expired: 'That invite has expired. Ask for a new one.',
  invite_used_up: 'That invite has already been used up. Ask for a new one.',
  invite_revoked: 'That invite was revoked. Ask for a new one.',
  not_found: 'That no longer exists, or you cannot see it.',
  missing_permission: 'You don’t have the permission to do that here.',
  invalid_name: 'Names need 1–100 characters, without control characters or spaces at either end.',
  invalid_topic: 'Topics can be at most 1024 characters, without control characters.',
  invalid_parent: 'That category does not exist any more. Pick another one.',
  invalid_position: 'That position is not possible. Reload the page and try again.',
  invalid_nickname: 'Nicknames can be at most 32 characters, without control characters.',
  invalid_reason: 'Reasons can be at most 512 characters, without control characters.',
  invalid_colour: 'That colour is not valid.',
  invalid_permissions: 'You can only grant permissions that you hold yourself.',
  banned: 'You are banned from that server.',
  owner_must_transfer: 'You own this server: transfer the ownership to another member before you leave.',
  not_banned: 'That person is not banned (any more).',
  too_many_guilds: 'You are in as many servers as allowed. Leave one before you create or join another.',
  too_many_channels: 'This server has as many channels as allowed. Delete one first.',
  too_many_roles: 'This server has as many roles as allowed. Delete one first.',
  origin_not_allowed: 'The server refused a request from this address. Check DECENTRA_PUBLIC_URL.',
  not_ready: 'The server is starting up or its database is unreachable. Try again in a moment.',
  internal_error: 'Something went wrong on the server. Try again.',
};

/** A sentence describing an ApiError (or any error) for the person using the app. */
export function describeError(error) {
  if (error?.code === 'rate_limited') {
    const seconds = error.retryAfter;
    if (!seconds) return 'Too many attempts. Try again in a moment.';
    return `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  }
  return MESSAGES[error?.code] ?? `Something went wrong${error?.code ? ` (${error.code})` : ''}. Try again.`;
}
