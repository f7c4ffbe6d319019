package org.ogptracker.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry what fails. */
@ConfigMapping(prefix = "ogp.inbox")
public interface InboxConfig {
  /** First wait after a failure; it doubles with each failure in a row, up to {@link #maxBackoff}. */
  @WithDefault("200ms")
  Duration firstBackoff();

  /** Longest wait between two attempts, however long the outage. */
  @WithDefault("10s")
  Duration maxBackoff();

  /**
   * Attempts at a record whose failure is the record's own (not a passing outage) before it
   * becomes a dead letter: a race lost to another writer gets a second chance.
   */
  @WithDefault("3")
  int attemptsBeforeDeadLetter();

  /** How long an applied event's id is remembered (Retention deletes older ones). */
  @WithDefault("60d")
  Duration retention();
}
