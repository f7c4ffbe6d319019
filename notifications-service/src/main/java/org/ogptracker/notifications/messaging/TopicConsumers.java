package org.ogptracker.notifications.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogptracker.notifications.feed.ChangeLog;
import org.ogptracker.notifications.feed.PublicChanges;
import org.ogptracker.platform.inbox.EventProcessor;

/**
 * Reads the three services' topics into the change feed ({@link ChangeLog}), a poll at a time
 * in one transaction. Each event is taken once (inbox); a record its topic's owner did not
 * publish, or that is no event, is a dead letter; an outage is waited out (platform's
 * EventProcessor), so the feed never skips a change.
 */
@ApplicationScoped
public class TopicConsumers {
  private final EventProcessor events;
  private final ChangeLog log;

  TopicConsumers(EventProcessor events, ChangeLog log) {
    this.events = events;
    this.log = log;
  }

  @Incoming("countries")
  @Blocking
  public void countries(ConsumerRecords<String, byte[]> records) {
    events.processBatch(PublicChanges.COUNTRIES, records, log::append);
  }

  @Incoming("commitments")
  @Blocking
  public void commitments(ConsumerRecords<String, byte[]> records) {
    events.processBatch(PublicChanges.COMMITMENTS, records, log::append);
  }

  @Incoming("reports")
  @Blocking
  public void reports(ConsumerRecords<String, byte[]> records) {
    events.processBatch(PublicChanges.REPORTS, records, log::append);
  }
}
