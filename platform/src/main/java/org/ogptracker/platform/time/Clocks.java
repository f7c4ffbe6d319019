package org.ogptracker.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock use cases read the time from (UTC), one place for tests to replace. */
@Singleton
public class Clocks {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
