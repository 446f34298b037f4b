package chat.decentra.adapter.undertow.json;

/** The health answers: {@code {"status":"ok"}} and {@code {"status":"ready"}}. */
public record StatusJson(String status) {}
