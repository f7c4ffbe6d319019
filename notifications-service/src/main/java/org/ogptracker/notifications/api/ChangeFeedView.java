package org.ogptracker.notifications.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.feed.ChangeFeed;
import org.ogptracker.notifications.feed.FeedQuery;

/** One answer of the change feed: the changes read, and where to go on from. */
@Schema(name = "ChangeFeed")
public record ChangeFeedView(
    @Schema(required = true, description = "The changes after the given cursor, oldest first "
        + "(fewer than limit: the reader has caught up)") List<ChangeEventView> items,
    @Schema(required = true, description = "Where to go on from: give it as after next time. "
        + "Always present, also when items is empty (the feed's head)", example = "djEfMTI")
        String cursor,
    @Schema(required = true, description = "The next read: this request with after=cursor, a "
        + "URL relative to this API's host", format = "uri-reference",
        example = "/api/v1/changes?limit=50&after=djEfMTI") String next) {

  static ChangeFeedView of(ChangeFeed.Batch batch, java.util.function.Function<String, String> link) {
    String cursor = FeedQuery.cursor(batch.cursor());
    return new ChangeFeedView(batch.changes().stream().map(ChangeEventView::of).toList(), cursor,
        link.apply(cursor));
  }
}
