package org.ogptracker.notifications.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ogptracker.notifications.feed.FeedQuery;

/** The filters of the change feed, as pages and as a stream: which changes a reader wants. */
public class ChangeFilterParams {
  @QueryParam("type")
  @Parameter(description = "Event types, one or more (repeat it, or separate them with commas, "
      + "e.g. ogp.milestone.progress-reported.v1); all when absent")
  public List<String> types;

  @QueryParam("member")
  @Parameter(description = "Only changes about this member (code)", example = "ALB")
  public String member;

  @QueryParam("plan")
  @Parameter(description = "Only changes about this plan (id)", example = "AP_ALB03")
  public String plan;

  /** The query from {@code cursor} (a 400 problem naming each bad filter). */
  FeedQuery after(String cursor) {
    return FeedQuery.of(cursor, types, member, plan);
  }
}
