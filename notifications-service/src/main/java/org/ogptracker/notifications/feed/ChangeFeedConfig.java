package org.ogptracker.notifications.feed;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Settings of the change feed. */
@ConfigMapping(prefix = "ogp.changes")
public interface ChangeFeedConfig {
  /**
   * How long a change stays in the feed (at least 90 days, the promise to clients); a
   * cursor older than that is answered 410.
   */
  Duration retention();

  /** How often a stream with nothing to send says it is alive (an SSE comment). */
  Duration heartbeat();
}
