package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.PermissionNames;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.domain.id.Ids;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.permission.Permissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Decoding of what guild routes take: ids in the path (malformed is 404, as for an id that does not
 * exist), ids in bodies (malformed is 400 {@code invalid_json}), numbers and permission names. A
 * refusal is thrown as {@link RequestRejected} or {@link InvalidJsonException}, so that endpoints
 * read as the happy path and nothing is changed.
 */
final class Decode {

  private Decode() {}

  /** The id in the path segment; an id that cannot exist is answered like one that does not. */
  static <T> T pathId(ApiRequest request, String name, Function<String, Optional<T>> parse) {
    return parse.apply(request.parameter(name)).orElseThrow(() -> rejected(ApiError.NOT_FOUND));
  }

  /** An id given as a string in the body; absent or {@code null} is empty. */
  static <T> Optional<T> bodyId(JsonObject body, String field, LongFunction<T> id) {
    return body.optionalString(field).map(text -> id(field, text, id));
  }

  /** An id given as a string in the body; it must be there. */
  static <T> T requiredBodyId(JsonObject body, String field, LongFunction<T> id) {
    return id(field, body.requiredString(field), id);
  }

  /** Absent leaves the reference alone, {@code null} clears it, an id string sets it. */
  static <T> Patch<T> idPatch(JsonObject body, String field, LongFunction<T> id) {
    return switch (body.stringPatch(field)) {
      case Patch.Unchanged<String> unchanged -> Patch.unchanged();
      case Patch.Cleared<String> cleared -> Patch.cleared();
      case Patch.SetTo<String>(String text) -> Patch.setTo(id(field, text, id));
    };
  }

  private static <T> T id(String field, String text, LongFunction<T> id) {
    return Ids.parsePositiveLong(text)
        .map(id::apply)
        .orElseThrow(
            () -> new InvalidJsonException("\"" + field + "\" must be an id: a string of digits."));
  }

  /**
   * A whole number that must fit an int; one beyond that range is as wrong as any other value the
   * use case would refuse, so it gets the use case's error.
   */
  static Optional<Integer> optionalInt(JsonObject body, String field, ApiError outOfRange) {
    OptionalLong value = body.optionalWholeNumber(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    long number = value.getAsLong();
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw rejected(outOfRange);
    }
    return Optional.of((int) number);
  }

  /** A whole number that must be there and fit an int. */
  static int requiredInt(JsonObject body, String field, ApiError outOfRange) {
    if (!body.has(field) || body.isNull(field)) {
      throw new InvalidJsonException("\"" + field + "\" must be a whole number.");
    }
    return optionalInt(body, field, outOfRange).orElseThrow();
  }

  /** Permission names; an unknown one is {@code invalid_permissions}. */
  static Permissions permissions(List<String> names) {
    return PermissionNames.parse(names)
        .orElseThrow(
            () ->
                rejected(
                    ApiError.INVALID_PERMISSIONS.withMessage(
                        "Unknown permission name; see docs/api.md for the list.")));
  }

  /**
   * A field that a partial update may set but not clear: absent is empty, {@code null} is refused
   * with the field's own error.
   */
  static void refuseNull(JsonObject body, String field, ApiError error) {
    if (body.isNull(field)) {
      throw rejected(error.withMessage("\"" + field + "\" cannot be cleared."));
    }
  }

  /** The invite limits asked for ({@code max_uses}, {@code max_age_seconds}), or empty. */
  static Optional<InviteLimits> inviteLimits(JsonObject body) {
    OptionalLong maxUses = body.optionalWholeNumber("max_uses");
    OptionalLong maxAgeSeconds = body.optionalWholeNumber("max_age_seconds");
    if (maxUses.isPresent()
        && (maxUses.getAsLong() < 1 || maxUses.getAsLong() > InviteLimits.MAX_USES_LIMIT)) {
      return Optional.empty();
    }
    Optional<Integer> uses =
        maxUses.isPresent() ? Optional.of((int) maxUses.getAsLong()) : Optional.empty();
    Optional<Duration> age =
        maxAgeSeconds.isPresent()
            ? Optional.of(Duration.ofSeconds(maxAgeSeconds.getAsLong()))
            : Optional.empty();
    return InviteLimits.isValid(uses, age)
        ? Optional.of(new InviteLimits(uses, age))
        : Optional.empty();
  }

  static RequestRejected rejected(ApiError error) {
    return new RequestRejected(error);
  }
}
