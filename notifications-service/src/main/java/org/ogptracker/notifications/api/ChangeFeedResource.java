package org.ogptracker.notifications.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.notifications.feed.ChangeFeed;
import org.ogptracker.notifications.feed.ChangeFeedConfig;
import org.ogptracker.notifications.feed.FeedHead;
import org.ogptracker.notifications.feed.FeedQuery;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.PageRequest;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.ogptracker.platform.web.Problem;

/** The change feed: every public change of the suite in one order, resumable from a cursor. */
@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Every public change of the suite, in one order: read "
    + "it in pages, or follow it as Server-Sent Events, and resume from a cursor days later")
public class ChangeFeedResource {
  /**
   * What a cache may keep of an answer: nothing without asking again, since the same URL answers
   * more once the feed grows (the gateway's 30 s for public reads would hold a reader back).
   */
  static final String NOT_KEPT = "no-cache";
  /** Changes a stream reads at a time. */
  static final int STREAM_BATCH = 100;

  private final ChangeFeed feed;
  private final FeedHead head;
  private final ChangeFeedConfig config;
  private final ObjectMapper json;

  ChangeFeedResource(ChangeFeed feed, FeedHead head, ChangeFeedConfig config, ObjectMapper json) {
    this.feed = feed;
    this.head = head;
    this.config = config;
    this.json = json;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @ResponseHeader(name = "Cache-Control", value = NOT_KEPT)
  @Operation(operationId = "listChanges", summary = "The changes after a cursor",
      description = "Public changes (members, eligibility, plans, commitments, milestones, "
          + "progress, reports, missed deadlines) as CloudEvents, oldest first, in the one "
          + "order of the feed. Start without after; then give the answer's cursor as after, "
          + "now or days later. The feed keeps changes at least 90 days: an older cursor is "
          + "answered 410, and the reader reads the lists again.")
  @APIResponse(responseCode = "200", description = "The changes after the cursor",
      content = @Content(schema = @Schema(implementation = ChangeFeedView.class)))
  @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps, "
      + "or not of this feed: read the lists again, then follow the feed from its head",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public ChangeFeedView list(
      @Parameter(description = "Where to start: the cursor of the previous answer, or of the "
          + "last event read; the feed's start when absent") @QueryParam("after") String after,
      @QueryParam("limit") String limit, @BeanParam ChangeFilterParams filters,
      @Context UriInfo uri) {
    int size = PageRequest.of(limit, null).limit();
    FeedQuery query = filters.after(after);
    return ChangeFeedView.of(feed.read(query, size), NextLinks.from(uri, "after"));
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @ResponseHeader(name = "Cache-Control", value = NOT_KEPT)
  @Blocking
  @Operation(operationId = "streamChanges", summary = "The changes as Server-Sent Events",
      description = "The same changes as listChanges, as a stream that stays open: first those "
          + "after the cursor, then each new one as it comes. Each event's id is its cursor, "
          + "so a client that reconnects with Last-Event-ID (as browsers' EventSource does) "
          + "goes on where it stopped. A comment line every 15 s keeps the connection alive.")
  @APIResponse(responseCode = "200", description = "The stream; each event's data is a "
      + "ChangeEvent (JSON), its id the event's cursor",
      content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
          schema = @Schema(type = SchemaType.STRING, example = "id: djEfMTI\ndata: "
              + "{\"specversion\":\"1.0\",\"type\":\"ogp.milestone.progress-reported.v1\"}\n\n")))
  @APIResponse(responseCode = "410", description = "The cursor is older than the feed keeps, "
      + "or not of this feed: read the lists again, then follow the feed from its head",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Multi<OutboundSseEvent> stream(
      @Parameter(description = "Where to start; Last-Event-ID, when sent, takes its place")
          @QueryParam("after") String after,
      @Parameter(description = "The id of the last event read (sent by EventSource on "
          + "reconnecting)") @HeaderParam("Last-Event-ID") String lastEventId,
      @BeanParam ChangeFilterParams filters, @Context Sse sse) {
    FeedQuery query = filters.after(lastEventId != null && !lastEventId.isBlank() ? lastEventId
        : after);
    // Read once before the stream opens: a bad or expired cursor is a problem answer, not a
    // stream that ends at once.
    ChangeFeed.Batch first = feed.read(query, STREAM_BATCH);
    AtomicLong at = new AtomicLong(first.cursor());
    AtomicLong lastSent = new AtomicLong(System.nanoTime());
    Multi<OutboundSseEvent> rest = Multi.createBy().repeating()
        .uni(() -> next(query.from(at.get())))
        .indefinitely()
        .onItem().transformToIterable(batch -> {
          at.set(batch.cursor());
          List<OutboundSseEvent> events = events(sse, batch);
          if (!events.isEmpty()) {
            lastSent.set(System.nanoTime());
            return events;
          }
          // Nothing for this reader (the feed did not grow, or not with what it wants).
          if (System.nanoTime() - lastSent.get() < config.heartbeat().toNanos()) {
            return List.of();
          }
          lastSent.set(System.nanoTime());
          return List.of(sse.newEventBuilder().comment("still here").build());
        });
    return Multi.createBy().concatenating().streams(
        Multi.createFrom().iterable(events(sse, first)), rest);
  }

  /**
   * The next changes once the feed grows beyond the query's position; an empty batch at the same
   * position after a heartbeat's time without.
   */
  private Uni<ChangeFeed.Batch> next(FeedQuery query) {
    return Uni.createFrom().completionStage(() -> head.beyond(query.after(), config.heartbeat()))
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .map(grown -> grown ? feed.read(query, STREAM_BATCH)
            : new ChangeFeed.Batch(List.of(), query.after()));
  }

  private List<OutboundSseEvent> events(Sse sse, ChangeFeed.Batch batch) {
    return batch.changes().stream().map(ChangeEventView::of).map(e -> sse.newEventBuilder()
        .id(e.cursor())
        .data(write(e))
        .build()).toList();
  }

  private String write(ChangeEventView e) {
    try {
      return json.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("change " + e.id() + " cannot be written", ex);
    }
  }
}
