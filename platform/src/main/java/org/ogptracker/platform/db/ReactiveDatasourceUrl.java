package org.ogptracker.platform.db;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Derives the reactive datasource URL from the JDBC one, so that one setting ({@code OGP_DB_URL},
 * a JDBC URL) points both clients of a service at the same database: Hibernate and Flyway over
 * JDBC, the hot reads and the outbox's LISTEN over the reactive client. An explicit
 * {@code quarkus.datasource.reactive.url} wins.
 */
@Priority(Priorities.APPLICATION + 100)
public class ReactiveDatasourceUrl implements ConfigSourceInterceptor {
  static final String REACTIVE = "quarkus.datasource.reactive.url";
  static final String JDBC = "quarkus.datasource.jdbc.url";
  private static final String JDBC_PREFIX = "jdbc:";

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (value != null || !REACTIVE.equals(name)) {
      return value;
    }
    ConfigValue jdbc = context.proceed(JDBC);
    String reactive = jdbc == null ? null : reactiveUrl(jdbc.getValue());
    return reactive == null ? null : jdbc.withName(REACTIVE).withValue(reactive);
  }

  /** {@code jdbc:postgresql://host:port/db?x=y} as {@code vertx-reactive:postgresql://...}. */
  static String reactiveUrl(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith(JDBC_PREFIX + "postgresql://")) {
      return null;
    }
    return "vertx-reactive:" + jdbcUrl.substring(JDBC_PREFIX.length());
  }
}
