package org.ogptracker.notifications.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which receiver URLs the service may call: http(s) with a host and no credentials in it, and,
 * unless private receivers are allowed, a host none of whose addresses is loopback, private
 * (RFC 1918, RFC 4193), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unspecified or multicast. Checked when a subscription is made and again before each delivery,
 * since a name may come to point elsewhere (DNS rebinding narrows to the moment between the look-up
 * and the connection).
 */
public final class ReceiverAddresses {
  private ReceiverAddresses() {}

  /** Why {@code url} may not be called, if it may not. */
  public static Optional<String> refusal(String url, boolean allowPrivate) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("has no host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry credentials (user:password@)");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        return Optional.of("resolves to " + a.getHostAddress() + ", a private, loopback or "
            + "link-local address; receivers must be reachable on the public internet");
      }
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
      boolean mappedV4 = isMappedV4(b);
      if (uniqueLocal) {
        return false;
      }
      if (mappedV4) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
      return true;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    boolean carrierNat = first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10
    boolean thisNetwork = first == 0; // 0.0.0.0/8
    boolean reserved = first >= 240; // 240.0.0.0/4 and broadcast
    return !(carrierNat || thisNetwork || reserved);
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }
}
