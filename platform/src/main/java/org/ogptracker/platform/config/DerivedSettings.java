package org.ogptracker.platform.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Settings that stand for a few of the operator's: one environment variable (or system property)
 * becomes every client setting it implies, so that none of the clients is left behind. Explicit
 * settings win: the ordinal is below application.properties' (250) and above the defaults.
 */
public abstract class DerivedSettings implements ConfigSource {
  private final String name;
  private final Map<String, String> properties;

  protected DerivedSettings(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = Map.copyOf(properties);
  }

  /** A system property if set (tests, {@code -D}), else the environment variable. */
  protected static String setting(String property, String env) {
    String v = System.getProperty(property);
    return v != null ? v : System.getenv(env);
  }

  protected static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String property) {
    return properties.get(property);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return 115;
  }
}
