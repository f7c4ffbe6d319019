package org.ogptracker.gateway;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.ogptracker.platform.web.RequestFilter;
import org.ogptracker.platform.web.SecurityHeaders;

/**
 * Who sent a request and how it came: from a trusted proxy (OGP_TRUSTED_PROXIES: addresses or
 * CIDRs), the client is the first address of its X-Forwarded-For and HTTPS is its
 * X-Forwarded-Proto; from any other peer both headers are ignored and the peer is the client.
 * The anonymous rate limits, the access log ({@code %{d,client}}), HSTS and the public URLs use
 * what this says.
 *
 * <p>The gateway reads the two headers itself instead of Quarkus' proxy-address-forwarding,
 * which wrapped every request to work out its scheme, host, port, URI and address: 5.5% of the
 * gateway's CPU per proxied read (docs/performance.md) for the two facts the gateway uses.
 */
@Singleton
public class TrustedProxies implements RequestFilter {
  /** Routing-context key of the client's address (a String), which the access log prints. */
  public static final String CLIENT = "client";
  private final List<IpSubnetFilterRule> proxies;

  TrustedProxies(GatewayConfig config) {
    this.proxies = parse(config.trustedProxies().orElse(List.of()));
  }

  /** First: every step after it may ask who the client is. */
  @Override
  public int priority() {
    return 1100;
  }

  /** Notes the client's address, and whether it came over HTTPS; never answers. */
  @Override
  public boolean pass(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    SocketAddress peer = request.remoteAddress();
    String peerHost = peer == null ? "unknown" : peer.hostAddress();
    String forwardedFor = first(request.getHeader("X-Forwarded-For"));
    String forwardedProto = first(request.getHeader("X-Forwarded-Proto"));
    // Whom the peer is matters only when it says something: most requests say nothing.
    if ((forwardedFor == null && forwardedProto == null) || !trusted(peerHost)) {
      rc.put(CLIENT, peerHost);
      return true;
    }
    rc.put(CLIENT, forwardedFor != null && isAddress(forwardedFor) ? forwardedFor : peerHost);
    if ("https".equalsIgnoreCase(forwardedProto)) {
      rc.put(SecurityHeaders.OVER_HTTPS, Boolean.TRUE);
    }
    return true;
  }

  /** The client's address, as {@link #pass} found it. */
  public static String client(RoutingContext rc) {
    String client = rc.get(CLIENT);
    return client == null ? "unknown" : client;
  }

  private boolean trusted(String host) {
    byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
    if (bytes == null) {
      return false;
    }
    InetSocketAddress address;
    try {
      address = new InetSocketAddress(InetAddress.getByAddress(bytes), 0);
    } catch (UnknownHostException impossible) { // only for a byte array of a wrong length
      return false;
    }
    for (IpSubnetFilterRule proxy : proxies) {
      if (proxy.matches(address)) {
        return true;
      }
    }
    return false;
  }

  /** The first entry of a comma-separated header, trimmed; null if none. */
  private static String first(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    String first = (comma < 0 ? header : header.substring(0, comma)).trim();
    return first.isEmpty() ? null : first;
  }

  private static boolean isAddress(String text) {
    return NetUtil.isValidIpV4Address(text) || NetUtil.isValidIpV6Address(text);
  }

  /**
   * The trusted proxies, each an address or a CIDR. Refuses an empty list (a deployment that
   * names no proxy leaves the property unset: loopback) and anything that is not an address,
   * with the entry in the message.
   */
  public static List<IpSubnetFilterRule> parse(List<String> entries) {
    List<IpSubnetFilterRule> rules = entries.stream().map(String::trim)
        .filter(e -> !e.isEmpty()).map(TrustedProxies::rule).toList();
    if (rules.isEmpty()) {
      throw new IllegalStateException("OGP_TRUSTED_PROXIES is empty. Name the proxies in front "
          + "of the gateway (addresses or CIDRs), or leave it unset (loopback only)");
    }
    return rules;
  }

  private static IpSubnetFilterRule rule(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    if (!isAddress(address)) {
      throw new IllegalStateException("OGP_TRUSTED_PROXIES: '" + entry + "' is not an address "
          + "or a CIDR (such as 10.0.0.0/8 or fd00::/8)");
    }
    int bits = NetUtil.isValidIpV4Address(address) ? 32 : 128;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
    } catch (NumberFormatException e) {
      prefix = -1;
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalStateException("OGP_TRUSTED_PROXIES: '" + entry + "' has a prefix "
          + "length outside 0-" + bits);
    }
    return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
  }
}
