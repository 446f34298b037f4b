package chat.decentra.launcher;

import chat.decentra.domain.instance.RegistrationMode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the configuration from command-line flags and {@code DECENTRA_*} environment variables (a
 * flag wins over the variable) and checks every value, so a mistake stops the start with a message
 * instead of surfacing later.
 */
final class ConfigurationParser {

  private static final Pattern IP_OR_CIDR = Pattern.compile("[0-9A-Fa-f:.]+(/\\d{1,3})?");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private ConfigurationParser() {}

  static Configuration parse(List<String> args, Map<String, String> environment) {
    Map<Setting, String> raw = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      String value = environment.get(setting.environmentVariable());
      if (value != null && !value.isBlank()) {
        raw.put(setting, value.strip());
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      Setting setting =
          Setting.byFlag(name)
              .orElseThrow(
                  () -> new ConfigurationException("unknown option " + name + "; see --help"));
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new ConfigurationException(name + " needs a value");
      }
      raw.put(setting, value.strip());
    }
    return build(raw);
  }

  private static Configuration build(Map<Setting, String> raw) {
    var database = database(raw);
    return new Configuration(
        bind(value(raw, Setting.BIND)),
        intIn(raw, Setting.PORT, 1, 65535),
        Path.of(value(raw, Setting.DATA_DIR)),
        database,
        Optional.ofNullable(raw.get(Setting.PUBLIC_URL)).map(ConfigurationParser::publicUrl),
        registration(value(raw, Setting.REGISTRATION)),
        proxies(value(raw, Setting.TRUSTED_PROXIES)),
        Duration.ofDays(intIn(raw, Setting.SESSION_TTL_DAYS, 1, 365)),
        raw.containsKey(Setting.NODE_ID)
            ? OptionalInt.of(intIn(raw, Setting.NODE_ID, 0, 1023))
            : OptionalInt.empty());
  }

  private static String value(Map<Setting, String> raw, Setting setting) {
    return raw.getOrDefault(setting, setting.defaultValue().orElse(""));
  }

  private static int intIn(Map<Setting, String> raw, Setting setting, int min, int max) {
    String text = value(raw, setting);
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below with the accepted range
    }
    throw invalid(setting, text, "a whole number from " + min + " to " + max);
  }

  private static String bind(String text) {
    if (!isAddress(text) && !text.equals("localhost")) {
      throw invalid(Setting.BIND, text, "an IP address such as 0.0.0.0, 127.0.0.1 or ::");
    }
    return text;
  }

  private static Optional<Configuration.ExternalDatabase> database(Map<Setting, String> raw) {
    String url = raw.get(Setting.DB_URL);
    if (url == null) {
      if (raw.containsKey(Setting.DB_USER) || raw.containsKey(Setting.DB_PASSWORD)) {
        throw new ConfigurationException(
            "DECENTRA_DB_USER/DECENTRA_DB_PASSWORD are set but DECENTRA_DB_URL is not;"
                + " set the URL too, or unset them to use the embedded database");
      }
      return Optional.empty();
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw invalid(Setting.DB_URL, url, "a PostgreSQL JDBC URL, jdbc:postgresql://host:5432/db");
    }
    return Optional.of(
        new Configuration.ExternalDatabase(
            url, raw.getOrDefault(Setting.DB_USER, ""), raw.getOrDefault(Setting.DB_PASSWORD, "")));
  }

  private static URI publicUrl(String text) {
    try {
      var uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (web
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null
          && uri.getUserInfo() == null) {
        return uri;
      }
    } catch (URISyntaxException malformed) {
      // reported below
    }
    throw invalid(
        Setting.PUBLIC_URL, text, "an http:// or https:// URL such as https://chat.example.org");
  }

  private static RegistrationMode registration(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "invite" -> RegistrationMode.INVITE;
      case "open" -> RegistrationMode.OPEN;
      default -> throw invalid(Setting.REGISTRATION, text, "invite or open");
    };
  }

  private static List<String> proxies(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    var entries =
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String entry : entries) {
      if (entry.equals("loopback") || entry.equals("private")) {
        continue;
      }
      if (!IP_OR_CIDR.matcher(entry).matches() || !isAddress(entry.split("/")[0])) {
        throw invalid(
            Setting.TRUSTED_PROXIES,
            entry,
            "IP addresses, CIDR ranges such as 10.0.0.0/8, loopback or private");
      }
    }
    return entries;
  }

  /** True for an IPv4 or IPv6 literal; never looks a name up. */
  static boolean isAddress(String text) {
    if (IPV4.matcher(text).matches()) {
      return Arrays.stream(text.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
    }
    if (!text.contains(":")) {
      return false;
    }
    try {
      // With a colon in it, the JDK parses the text as an IPv6 literal and does no lookup.
      InetAddress.getByName(text);
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static ConfigurationException invalid(Setting setting, String value, String expected) {
    String shown = setting == Setting.DB_PASSWORD ? "(hidden)" : "'" + value + "'";
    return new ConfigurationException(
        setting.environmentVariable()
            + " / "
            + setting.flag()
            + " is "
            + shown
            + "; expected "
            + expected);
  }

  /** The text of --help: every setting with its variable, flag and default. */
  static String help() {
    var text = new StringBuilder("Usage: java -jar decentra.jar [--flag value]...\n\n");
    for (Setting setting : Setting.values()) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %-18s %-27s %s%n",
              setting.flag(),
              setting.environmentVariable(),
              setting.description()));
      setting
          .defaultValue()
          .filter(d -> !d.isEmpty())
          .ifPresent(d -> text.append(String.format(Locale.ROOT, "  %-46s default: %s%n", "", d)));
    }
    return text.toString();
  }
}
