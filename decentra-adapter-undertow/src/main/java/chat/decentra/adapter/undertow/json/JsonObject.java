package chat.decentra.adapter.undertow.json;

import chat.decentra.application.port.in.account.Patch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A JSON object from a client, read field by field with strict types: a number is never taken for a
 * string, nor a string for a boolean. Unknown fields are ignored.
 */
public final class JsonObject {

  private final ObjectNode node;

  JsonObject(ObjectNode node) {
    this.node = node;
  }

  /** An empty object, for optional bodies that were not sent. */
  public static JsonObject empty() {
    return new JsonObject(JsonNodeFactory.instance.objectNode());
  }

  /** The field's text; absent, {@code null} or not a string is invalid. */
  public String requiredString(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new InvalidJsonException("\"" + field + "\" must be a string.");
    }
    return value.textValue();
  }

  /** The field's text, empty when absent or {@code null}; any other type is invalid. */
  public Optional<String> optionalString(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new InvalidJsonException("\"" + field + "\" must be a string or null.");
    }
    return Optional.of(value.textValue());
  }

  /** Absent leaves the value alone, {@code null} clears it, a string sets it. */
  public Patch<String> stringPatch(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Patch.unchanged();
    }
    if (value.isNull()) {
      return Patch.cleared();
    }
    if (!value.isTextual()) {
      throw new InvalidJsonException("\"" + field + "\" must be a string or null.");
    }
    return Patch.setTo(value.textValue());
  }

  /** The field's boolean; absent, {@code null} or another type is invalid. */
  public boolean requiredBoolean(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new InvalidJsonException("\"" + field + "\" must be true or false.");
    }
    return value.booleanValue();
  }

  /**
   * The field's whole number, empty when absent or {@code null}; numbers beyond the range of a long
   * are clamped to it, fractions and other types are invalid.
   */
  public OptionalLong optionalWholeNumber(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return OptionalLong.empty();
    }
    if (!value.isIntegralNumber()) {
      throw new InvalidJsonException("\"" + field + "\" must be a whole number or null.");
    }
    if (value.canConvertToLong()) {
      return OptionalLong.of(value.longValue());
    }
    return OptionalLong.of(value.bigIntegerValue().signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
  }

  /** The field's boolean, empty when absent or {@code null}; another type is invalid. */
  public Optional<Boolean> optionalBoolean(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new InvalidJsonException("\"" + field + "\" must be true, false or null.");
    }
    return Optional.of(value.booleanValue());
  }

  /**
   * The field as an array of strings, empty when absent or {@code null}; another type, or an
   * element that is not a string, is invalid.
   */
  public Optional<List<String>> optionalStringList(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!(value instanceof ArrayNode array)) {
      throw new InvalidJsonException("\"" + field + "\" must be an array of strings.");
    }
    var strings = new ArrayList<String>(array.size());
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        throw new InvalidJsonException("\"" + field + "\" must be an array of strings.");
      }
      strings.add(element.textValue());
    }
    return Optional.of(List.copyOf(strings));
  }

  /** The field as an object, empty when absent or {@code null}; another type is invalid. */
  public Optional<JsonObject> optionalObject(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!(value instanceof ObjectNode object)) {
      throw new InvalidJsonException("\"" + field + "\" must be an object.");
    }
    return Optional.of(new JsonObject(object));
  }

  /** True when the field is present, even as {@code null}. */
  public boolean has(String field) {
    return node.has(field);
  }

  /** True when the field is present as {@code null}. */
  public boolean isNull(String field) {
    JsonNode value = node.get(field);
    return value != null && value.isNull();
  }
}
