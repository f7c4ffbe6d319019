package org.ogptracker.notifications.api;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.notifications.webhooks.Deliveries;
import org.ogptracker.notifications.webhooks.Receivers;
import org.ogptracker.notifications.webhooks.Signatures;
import org.ogptracker.notifications.webhooks.Subscription;
import org.ogptracker.notifications.webhooks.Subscriptions;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.ProblemException;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.web.Problem;

/**
 * Webhook subscriptions: any caller with a token subscribes a receiver to the changes it wants,
 * and sees, rotates, re-enables and deletes only its own.
 */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Webhooks", description = "Changes POSTed to a receiver of yours as they happen, "
    + "signed (Standard Webhooks 1.0), retried for a day, in order per plan")
public class SubscriptionResource {
  static final String ID = "sub_[0-9a-f-]{36}";
  static final String DELIVERY_ID = "msg_[0-9a-f-]{36}";

  private final Subscriptions subscriptions;
  private final Deliveries deliveries;
  private final Receivers receivers;
  private final IdempotentPosts idempotent;
  private final Caller caller;

  SubscriptionResource(Subscriptions subscriptions, Deliveries deliveries, Receivers receivers,
      IdempotentPosts idempotent, Caller caller) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.receivers = receivers;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createSubscription", summary = "Subscribe a receiver to changes",
      description = "The receiver must be reachable on the public internet (no private, "
          + "loopback or link-local address) and answer a verification challenge first: a "
          + "signed POST of {\"type\":\"webhook.verification\",\"challenge\":\"...\"}, to be "
          + "answered 2xx with {\"challenge\":\"...\"}. Then every change it wants is POSTed "
          + "to it as a CloudEvent (the change feed's item), signed with the secret this answer "
          + "gives (once: keep it). Idempotent with an Idempotency-Key.")
  @APIResponse(responseCode = "201", description = "Subscribed; the answer holds the secret",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "422", description = "The receiver did not answer the challenge")
  public Response create(
      @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = "Makes a retry safe")
          String key,
      @Valid @NotNull NewSubscription body) {
    Subscriptions.Wanted wanted = body.wanted();
    receivers.refusal(wanted.url()).ifPresent(why -> {
      throw Problems.invalidField("url", why);
    });
    return idempotent.execute(key, "subscriptions.create", body, () -> {
      String secret = Signatures.newSecret();
      verify(wanted.url(), secret);
      Subscription s = subscriptions.create(caller.subject(), wanted, secret);
      return Etags.created("/api/v1/subscriptions/" + s.id(), s.version(),
          SubscriptionView.withSecret(s));
    });
  }

  @GET
  @Operation(operationId = "listSubscriptions", summary = "Your subscriptions",
      description = "The subscriptions made with your token's subject, by id; cursor pages.")
  public Page<SubscriptionView> list(@QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor, @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    List<Subscription> rows = subscriptions.list(caller.subject(), page.after(0),
        page.limit() + 1);
    return page.page(rows, s -> List.of(s.id()), NextLinks.from(uri))
        .map(SubscriptionView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getSubscription", summary = "One of your subscriptions",
      description = "Its status: active, or disabled with the reason (a subscription whose "
          + "every delivery failed for three days).")
  @APIResponse(responseCode = "200", description = "The subscription",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  public RestResponse<SubscriptionView> get(@PathParam("id") @Pattern(regexp = ID) String id) {
    Subscription s = subscriptions.get(caller.subject(), id);
    return Etags.ok(SubscriptionView.of(s), s.version());
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteSubscription", summary = "Unsubscribe",
      description = "Nothing more is sent; pending deliveries are dropped.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") @Pattern(regexp = ID) String id) {
    if (!subscriptions.delete(caller.subject(), id)) {
      throw Problems.notFound("subscription", id);
    }
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/secret")
  @Operation(operationId = "rotateSubscriptionSecret", summary = "A new signing secret",
      description = "Deliveries are signed with the new secret and, for 24 hours, with the old "
          + "one too (two signatures in webhook-signature): switch the receiver meanwhile.")
  @APIResponse(responseCode = "200", description = "The subscription with its new secret",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  public Response rotate(@PathParam("id") @Pattern(regexp = ID) String id) {
    Subscription s = subscriptions.rotate(caller.subject(), id, Signatures.newSecret());
    return Etags.tagged(Response.ok(SubscriptionView.withSecret(s)), s.version()).build();
  }

  @POST
  @Path("/{id}/enable")
  @Operation(operationId = "enableSubscription", summary = "Enable a disabled subscription",
      description = "Its receiver answers the verification challenge again; then it is active, "
          + "and changes from now on are delivered (failed deliveries can be redelivered).")
  @APIResponse(responseCode = "200", description = "The subscription, active",
      content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
  @APIResponse(responseCode = "422", description = "The receiver did not answer the challenge")
  public Response enable(@PathParam("id") @Pattern(regexp = ID) String id) {
    Subscription s = subscriptions.get(caller.subject(), id);
    verify(s.url(), s.secret());
    Subscription enabled = subscriptions.enable(caller.subject(), id);
    return Etags.tagged(Response.ok(SubscriptionView.of(enabled)), enabled.version()).build();
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(operationId = "listDeliveries", summary = "A subscription's deliveries",
      description = "In the feed's order; state=failed lists those whose retries (24 hours) "
          + "ran out, which can be redelivered. Cursor pages.")
  public Page<DeliveryView> deliveries(@PathParam("id") @Pattern(regexp = ID) String id,
      @QueryParam("state") @Pattern(regexp = "pending|delivered|failed",
          message = "must be pending, delivered or failed")
      @Parameter(description = "pending, delivered or failed; all when absent") String state,
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    subscriptions.get(caller.subject(), id);
    PageRequest page = PageRequest.of(limit, cursor);
    List<Deliveries.Delivery> rows = deliveries.list(id, state, page.afterNumber(0, 0),
        page.limit() + 1);
    return page.page(rows, d -> List.of(Long.toString(d.position())), NextLinks.from(uri))
        .map(DeliveryView::of);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redeliver")
  @Operation(operationId = "redeliver", summary = "Send a delivery again",
      description = "From the start of its retries, in its place in the plan's order.")
  @APIResponse(responseCode = "202", description = "Pending again",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "410", description = "Its change is no longer kept",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
  public Response redeliver(@PathParam("id") @Pattern(regexp = ID) String id,
      @PathParam("deliveryId") @Pattern(regexp = DELIVERY_ID) String deliveryId) {
    subscriptions.get(caller.subject(), id);
    return Response.accepted(DeliveryView.of(deliveries.redeliver(id, deliveryId))).build();
  }

  private void verify(String url, String secret) {
    receivers.unverified(url, secret).ifPresent(why -> {
      throw new ProblemException(422, "receiver-unverified", "Receiver not verified",
          "The receiver at " + url + " is not verified: " + why);
    });
  }
}
