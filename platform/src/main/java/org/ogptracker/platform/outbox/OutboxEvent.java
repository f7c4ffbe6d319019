package org.ogptracker.platform.outbox;

/**
 * An event to publish: its CloudEvents type, the topic, the record key (the aggregate id, so
 * that one aggregate's events stay in order) and the data, serialized as JSON.
 *
 * @param subject CloudEvents subject, the id of the thing the event is about
 */
public record OutboxEvent(String topic, String key, String type, String subject, Object data) {}
