package chat.decentra.adapter.undertow.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decentra's JSON dialect: snake_case names from the wire records, strict parsing (no duplicate
 * keys, no trailing data, shallow nesting), and typed access to request objects through {@link
 * JsonObject}.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxNumberLength(64)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  private Json() {}

  /** The UTF-8 JSON of a wire record (or of a list of them). */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException bug) {
      throw new IllegalStateException("cannot encode " + value.getClass().getName(), bug);
    }
  }

  /** The JSON of a wire record as text. */
  public static String writeString(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException bug) {
      throw new IllegalStateException("cannot encode " + value.getClass().getName(), bug);
    }
  }

  /**
   * The body as a JSON object.
   *
   * @throws InvalidJsonException when it is empty, not JSON, or not an object
   */
  public static JsonObject parseObject(byte[] body) {
    try {
      return object(MAPPER.readTree(body));
    } catch (IOException malformed) {
      throw new InvalidJsonException("The body is not valid JSON.");
    }
  }

  /**
   * The text as a JSON object.
   *
   * @throws InvalidJsonException when it is empty, not JSON, or not an object
   */
  public static JsonObject parseObject(String text) {
    try {
      return object(MAPPER.readTree(text));
    } catch (IOException malformed) {
      throw new InvalidJsonException("The text is not valid JSON.");
    }
  }

  /**
   * The body as a JSON array of objects.
   *
   * @throws InvalidJsonException when it is empty, not JSON, not an array, or holds anything but
   *     objects
   */
  public static List<JsonObject> parseArrayOfObjects(byte[] body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException malformed) {
      throw new InvalidJsonException("The body is not valid JSON.");
    }
    if (!(node instanceof ArrayNode array)) {
      throw new InvalidJsonException("Expected a JSON array.");
    }
    var objects = new ArrayList<JsonObject>(array.size());
    for (JsonNode element : array) {
      if (!(element instanceof ObjectNode object)) {
        throw new InvalidJsonException("Expected an array of JSON objects.");
      }
      objects.add(new JsonObject(object));
    }
    return List.copyOf(objects);
  }

  private static JsonObject object(JsonNode node) {
    if (node instanceof ObjectNode object) {
      return new JsonObject(object);
    }
    throw new InvalidJsonException("Expected a JSON object.");
  }
}
