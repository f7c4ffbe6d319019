package org.ogptracker.platform.web;

import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;

/**
 * The defaults every app of the suite shares (META-INF/ogp-web-defaults.properties: logs, access
 * log, images), as a config source of their own at ordinal 105, below platform's (110), an app's
 * application.properties and the environment. Not in a META-INF/microprofile-config.properties:
 * a service's runner jar holds one file of each name, and platform's is already that one.
 */
public class WebDefaults extends PropertiesConfigSource {
  public WebDefaults() throws IOException {
    super(WebDefaults.class.getResource("/META-INF/ogp-web-defaults.properties"), 105);
  }
}
