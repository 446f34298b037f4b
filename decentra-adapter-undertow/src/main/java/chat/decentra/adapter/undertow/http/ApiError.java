package chat.decentra.adapter.undertow.http;

/** An error answer of the API: HTTP status, stable code and a sentence for people (docs/api.md). */
public record ApiError(int status, String code, String message) {

  public static final ApiError INVALID_JSON =
      new ApiError(400, "invalid_json", "The body is not JSON of the expected shape.");
  public static final ApiError INVALID_USERNAME =
      new ApiError(
          400,
          "invalid_username",
          "A username has 2 to 32 characters: letters, digits, underscore, dot and hyphen.");
  public static final ApiError INVALID_PASSWORD =
      new ApiError(400, "invalid_password", "A password has 8 to 1024 characters.");
  public static final ApiError INVALID_DISPLAY_NAME =
      new ApiError(
          400,
          "invalid_display_name",
          "A display name has at most 32 characters and no control characters.");
  public static final ApiError INVALID_CUSTOM_STATUS =
      new ApiError(
          400,
          "invalid_custom_status",
          "A custom status has at most 128 characters and no control characters.");
  public static final ApiError INVALID_STATUS =
      new ApiError(400, "invalid_status", "The status is one of online, idle, dnd and invisible.");
  public static final ApiError INVALID_AVATAR_EMOJI =
      new ApiError(400, "invalid_avatar_emoji", "The avatar emoji must be a single emoji.");
  public static final ApiError INVALID_IMAGE =
      new ApiError(400, "invalid_image", "The upload is not a PNG, JPEG, WebP or GIF image.");
  public static final ApiError INVALID_INVITE_OPTIONS =
      new ApiError(
          400,
          "invalid_invite_options",
          "max_uses must be 1 to 10000 and max_age_seconds 60 to 2592000.");
  public static final ApiError UNAUTHORIZED =
      new ApiError(401, "unauthorized", "Sign in to do this.");
  public static final ApiError INVALID_CREDENTIALS =
      new ApiError(401, "invalid_credentials", "Wrong username or password.");
  public static final ApiError WRONG_PASSWORD =
      new ApiError(401, "wrong_password", "The current password is wrong.");
  public static final ApiError FORBIDDEN =
      new ApiError(403, "forbidden", "You are not allowed to do this.");
  public static final ApiError INVITE_REQUIRED =
      new ApiError(403, "invite_required", "Signing up here needs an invite.");
  public static final ApiError INVITE_UNKNOWN =
      new ApiError(403, "invite_unknown", "This invite does not exist.");
  public static final ApiError INVITE_EXPIRED =
      new ApiError(403, "invite_expired", "This invite has expired.");
  public static final ApiError INVITE_USED_UP =
      new ApiError(403, "invite_used_up", "This invite has been used up.");
  public static final ApiError INVITE_REVOKED =
      new ApiError(403, "invite_revoked", "This invite has been revoked.");
  public static final ApiError ORIGIN_NOT_ALLOWED =
      new ApiError(403, "origin_not_allowed", "Requests from this origin are not allowed.");
  public static final ApiError NOT_FOUND = new ApiError(404, "not_found", "Not found.");
  public static final ApiError METHOD_NOT_ALLOWED =
      new ApiError(405, "method_not_allowed", "This method is not allowed here.");
  public static final ApiError USERNAME_TAKEN =
      new ApiError(409, "username_taken", "This username is taken.");
  public static final ApiError PAYLOAD_TOO_LARGE =
      new ApiError(413, "payload_too_large", "The body is too large.");
  public static final ApiError UNSUPPORTED_MEDIA_TYPE =
      new ApiError(415, "unsupported_media_type", "Send the body as application/json.");
  public static final ApiError UPGRADE_REQUIRED =
      new ApiError(426, "upgrade_required", "This is a WebSocket endpoint.");
  public static final ApiError RATE_LIMITED =
      new ApiError(429, "rate_limited", "Too many attempts; try again later.");
  public static final ApiError INTERNAL_ERROR =
      new ApiError(500, "internal_error", "Something went wrong on our side.");
  public static final ApiError NOT_READY =
      new ApiError(503, "not_ready", "The server cannot take requests right now.");

  // Servers ("guilds"), channels, roles and moderation.

  public static final ApiError INVALID_NAME =
      new ApiError(400, "invalid_name", "The name is empty, too long or not allowed here.");
  public static final ApiError INVALID_TYPE =
      new ApiError(400, "invalid_type", "The channel type is one of text, voice and category.");
  public static final ApiError INVALID_TOPIC =
      new ApiError(
          400,
          "invalid_topic",
          "A topic has at most 1024 characters, and only text channels have one.");
  public static final ApiError INVALID_PARENT =
      new ApiError(
          400,
          "invalid_parent",
          "The parent must be a category of this server, and not for a category.");
  public static final ApiError INVALID_POSITION =
      new ApiError(400, "invalid_position", "The position is out of range.");
  public static final ApiError INVALID_NICKNAME =
      new ApiError(
          400,
          "invalid_nickname",
          "A nickname has at most 32 characters and no control characters.");
  public static final ApiError INVALID_REASON =
      new ApiError(
          400, "invalid_reason", "A reason has at most 512 characters and no control characters.");
  public static final ApiError INVALID_COLOUR =
      new ApiError(400, "invalid_colour", "A colour is a 24-bit RGB number, 0 to 16777215.");
  public static final ApiError INVALID_PERMISSIONS =
      new ApiError(400, "invalid_permissions", "The permissions are not allowed here.");
  public static final ApiError INVALID_QUERY =
      new ApiError(400, "invalid_query", "A query parameter is malformed.");
  public static final ApiError TOO_MANY_GUILDS =
      new ApiError(400, "too_many_guilds", "You are in as many servers as anyone may be.");
  public static final ApiError TOO_MANY_CHANNELS =
      new ApiError(400, "too_many_channels", "This server has as many channels as it may have.");
  public static final ApiError TOO_MANY_ROLES =
      new ApiError(400, "too_many_roles", "This server has as many roles as it may have.");
  public static final ApiError MISSING_PERMISSION =
      new ApiError(403, "missing_permission", "You do not have the permission to do this.");
  public static final ApiError BANNED =
      new ApiError(403, "banned", "You are banned from this server.");
  public static final ApiError GUILD_INVITE_UNKNOWN =
      new ApiError(404, "invite_unknown", "This invite does not exist.");
  public static final ApiError GUILD_INVITE_EXPIRED =
      new ApiError(410, "invite_expired", "This invite has expired.");
  public static final ApiError GUILD_INVITE_USED_UP =
      new ApiError(410, "invite_used_up", "This invite has been used up.");
  public static final ApiError GUILD_INVITE_REVOKED =
      new ApiError(410, "invite_revoked", "This invite has been revoked.");
  public static final ApiError OWNER_MUST_TRANSFER =
      new ApiError(
          409, "owner_must_transfer", "The owner must hand the server over before leaving it.");
  public static final ApiError NOT_BANNED =
      new ApiError(409, "not_banned", "This user is not banned.");

  /** The same error with a more specific sentence. */
  public ApiError withMessage(String newMessage) {
    return new ApiError(status, code, newMessage);
  }
}
