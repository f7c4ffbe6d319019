package org.ogptracker.gateway.routing;

import java.net.URI;
import java.util.List;

/** One service behind the gateway: its name, where it listens, the path segments it owns. */
public record Downstream(String name, URI url, List<String> paths) {

  public String host() {
    return url.getHost();
  }

  public int port() {
    return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
  }
}
