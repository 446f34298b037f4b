package chat.decentra.domain.permission;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable set of permissions, kept as the 64-bit mask in which it is stored and sent.
 *
 * @param bits one bit per {@link Permission#bit()}; unknown bits are refused
 */
public record Permissions(long bits) {

  /** Every bit that belongs to a known permission. */
  public static final long KNOWN_BITS = maskOf(EnumSet.allOf(Permission.class));

  /** Every bit that a channel overwrite may allow or deny. */
  public static final long CHANNEL_SCOPED_BITS =
      maskOf(Arrays.stream(Permission.values()).filter(Permission::isChannelScoped).toList());

  private static final Permissions NONE = new Permissions(0);
  private static final Permissions ALL = new Permissions(KNOWN_BITS);

  public Permissions {
    if (!isValid(bits)) {
      throw new IllegalArgumentException(
          "bits holds unknown permissions: " + Long.toBinaryString(bits & ~KNOWN_BITS));
    }
  }

  /** True when every set bit belongs to a known permission; check wire input with it. */
  public static boolean isValid(long bits) {
    return (bits & ~KNOWN_BITS) == 0;
  }

  public static Permissions none() {
    return NONE;
  }

  /** Every permission there is: what the owner and administrators hold. */
  public static Permissions all() {
    return ALL;
  }

  /** The permissions a channel overwrite may name. */
  public static Permissions channelScoped() {
    return new Permissions(CHANNEL_SCOPED_BITS);
  }

  public static Permissions of(Permission... permissions) {
    return new Permissions(maskOf(Arrays.asList(permissions)));
  }

  public static Permissions of(Collection<Permission> permissions) {
    return new Permissions(maskOf(permissions));
  }

  private static long maskOf(Collection<Permission> permissions) {
    long mask = 0;
    for (Permission permission : permissions) {
      mask |= permission.mask();
    }
    return mask;
  }

  public boolean has(Permission permission) {
    return (bits & permission.mask()) != 0;
  }

  /** True when every permission of {@code other} is also in this set. */
  public boolean containsAll(Permissions other) {
    return (bits & other.bits) == other.bits;
  }

  public boolean isEmpty() {
    return bits == 0;
  }

  /** The union. */
  public Permissions plus(Permissions other) {
    return new Permissions(bits | other.bits);
  }

  /** This set without the permissions of {@code other}. */
  public Permissions minus(Permissions other) {
    return new Permissions(bits & ~other.bits);
  }

  /** The permissions in both sets. */
  public Permissions intersect(Permissions other) {
    return new Permissions(bits & other.bits);
  }

  public Permissions with(Permission permission) {
    return new Permissions(bits | permission.mask());
  }

  public Permissions without(Permission permission) {
    return new Permissions(bits & ~permission.mask());
  }

  /** The permissions as an enum set, a fresh copy each time. */
  public Set<Permission> asSet() {
    EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
    for (Permission permission : Permission.values()) {
      if (has(permission)) {
        set.add(permission);
      }
    }
    return set;
  }

  @Override
  public String toString() {
    return asSet().stream().map(Permission::name).collect(Collectors.joining(",", "[", "]"));
  }
}
