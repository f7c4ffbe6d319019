package org.ogptracker.notifications.feed;

import java.time.Instant;

/**
 * One change of the feed: the event as its producer published it, at its position.
 *
 * @param data the event's data as JSON text, unchanged
 */
public record Change(long position, String id, String type, String source, String subject,
    Instant time, String data) {}
