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

  /** The same error with a more specific sentence. */
  public ApiError withMessage(String newMessage) {
    return new ApiError(status, code, newMessage);
  }
}
