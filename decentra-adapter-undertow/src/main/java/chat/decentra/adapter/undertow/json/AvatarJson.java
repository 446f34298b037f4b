package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A user's avatar on the wire: {@code {"type":"emoji","emoji"}} or {@code {"type":"image","url"}}.
 */
public record AvatarJson(
    String type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String emoji,
    @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

  public static AvatarJson of(UserId user, Avatar avatar) {
    return switch (avatar) {
      case Avatar.Emoji(String emoji) -> new AvatarJson("emoji", emoji, null);
      case Avatar.Image image -> new AvatarJson("image", null, imageUrl(user, image.version()));
    };
  }

  /** The image's URL; it changes with every upload, so it may be cached forever. */
  public static String imageUrl(UserId user, String version) {
    return "/api/v1/users/"
        + user
        + "/avatar?v="
        + URLEncoder.encode(version, StandardCharsets.UTF_8);
  }
}
