package org.ogptracker.platform.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type it reads: the record type the event's data is read
 * into, and the service method that takes it. Types it has no route for are not its concern (a
 * topic carries more than one consumer needs, and new types may come); the owner check of
 * {@link Subscription} has already refused types of other services.
 */
public final class EventRoutes {
  private record Route<T>(Class<T> data, Consumer<T> handler) {
    void apply(ConsumedEvent e) {
      handler.accept(e.data(data));
    }
  }

  private final Map<String, Route<?>> routes = new LinkedHashMap<>();

  /** Events of {@code type} are read as {@code data} and given to {@code handler}. */
  public <T> EventRoutes on(String type, Class<T> data, Consumer<T> handler) {
    if (routes.putIfAbsent(type, new Route<>(data, handler)) != null) {
      throw new IllegalArgumentException("two routes for " + type);
    }
    return this;
  }

  /** Applies the event's route, if it has one; returns whether it had. */
  public boolean apply(ConsumedEvent e) {
    Route<?> route = routes.get(e.type());
    if (route == null) {
      return false;
    }
    route.apply(e);
    return true;
  }

  /** The record type each event type is read into (the contract tests hold them to AsyncAPI). */
  public Map<String, Class<?>> reads() {
    Map<String, Class<?>> reads = new LinkedHashMap<>();
    routes.forEach((type, route) -> reads.put(type, route.data()));
    return Collections.unmodifiableMap(reads);
  }
}
