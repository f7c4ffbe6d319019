package org.ogptracker.notifications.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ogptracker.notifications.feed.Change;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.problem.ProblemException;
import org.ogptracker.platform.problem.Problems;

/**
 * The deliveries of changes to subscriptions: made when a change enters the feed, claimed and
 * sent by {@link DeliveryWorker}, and what each attempt came to.
 */
@ApplicationScoped
public class Deliveries {
  private final EntityManager em;
  private final WebhookConfig config;

  Deliveries(EntityManager em, WebhookConfig config) {
    this.em = em;
    this.config = config;
  }

  /** A delivery as its subscriber sees it. */
  public record Delivery(String id, String eventId, String type, String subject, String state,
      int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
      Instant createdAt, Instant deliveredAt, long position) {}

  /** A delivery claimed for sending: the change and where to send it, signed how. */
  record Claimed(String id, int attempts, Instant firstAttemptAt, Subscription subscription,
      Change change) {}

  /**
   * A delivery of the change at {@code position} to every active subscription that wants it, in
   * the transaction that adds the change to the feed: no change is in the feed without its
   * deliveries. A subscription made later gets no earlier change (the feed has them). A grand
   * challenge, OGP value or theme is wanted of the changes of a commitment that addresses it
   * (the commitment's own, its milestones' and their progress).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int plan(long position, String type, String member, String plan, String subject,
      String commitment, boolean aboutOverdueMilestone) {
    return em.createNativeQuery("""
            with facet as (
              select f.grand_challenges, f.ogp_values, f.themes from (select 1) one
              left join commitment_facet f on f.commitment_id = ?7)
            insert into delivery (id, subscription_id, position, ordering_key, state)
            select 'msg_' || gen_random_uuid(), s.id, ?1, ?2, 'pending'
            from subscription s, facet
            where s.status = 'active'
              and (cardinality(s.types) = 0 or ?3 = any(s.types))
              and (s.member_code is null or s.member_code = ?4)
              and (s.plan_id is null or s.plan_id = ?5)
              and (s.member_kind is null or s.member_kind = ?6)
              and (s.grand_challenge is null or s.grand_challenge = any(facet.grand_challenges))
              and (s.ogp_value is null or s.ogp_value = any(facet.ogp_values))
              and (s.theme is null or s.theme = any(facet.themes))
              and (not s.overdue_milestones or ?8)""")
        .setParameter(1, position)
        .setParameter(2, plan != null ? plan : member != null ? member : subject)
        .setParameter(3, type).setParameter(4, member).setParameter(5, plan)
        .setParameter(6, Facets.kindOf(member)).setParameter(7, commitment)
        .setParameter(8, aboutOverdueMilestone).executeUpdate();
  }

  /**
   * Records the attempts receivers took ({@code delivered}: delivered, their subscriptions no
   * longer failing), then claims up to {@code free} due deliveries for a while (the lease), in
   * one transaction that does not wait for its commit to reach the disk: a crash that lost its
   * last moments makes a delivery be sent again, which at least once allows. Its statements are
   * planned for the queue as it is now, not as it was when the statement was first prepared. The oldest first, at most
   * {@code ogp.webhooks.in-flight-per-subscription} of one subscription in flight, and of one
   * subscription's ordering key (a plan) only the first pending one, so each plan's changes
   * reach a receiver in their order. An instance that dies mid-send loses its lease; the
   * delivery is sent again (at least once).
   */
  List<Claimed> claim(List<Sent> delivered, int free) {
    if (free <= 0 && delivered.isEmpty()) {
      return List.of();
    }
    long leaseMillis = config.timeout().toMillis() + 30_000;
    return QuarkusTransaction.requiringNew().call(() -> {
      // Planned anew each time: a plan the driver's prepared statement cached while the table
      // was empty (seq scans) would stay, and fall behind as the queue grows.
      em.createNativeQuery("select set_config('synchronous_commit', 'off', true), "
          + "set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
      markDelivered(delivered);
      if (free <= 0) {
        return List.of();
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = em.createNativeQuery("""
              with recursive heads as (
                -- The first pending delivery of each subscription and ordering key (a plan),
                -- found by skipping along the index from one key to the next: as many index
                -- probes as keys with something pending, however long their queues.
                (select id, subscription_id, ordering_key, position, next_attempt_at,
                        claimed_until
                 from delivery where state = 'pending'
                 order by subscription_id, ordering_key, position limit 1)
                union all
                select n.* from heads h, lateral (
                  select id, subscription_id, ordering_key, position, next_attempt_at,
                         claimed_until
                  from delivery
                  where state = 'pending'
                    and (subscription_id, ordering_key) > (h.subscription_id, h.ordering_key)
                  order by subscription_id, ordering_key, position limit 1) n),
              -- In flight: a key's head, claimed (its next waits until it is done).
              busy as (
                select subscription_id, count(*) as n from heads
                where claimed_until > now() group by subscription_id),
              due as (
                select h.id, h.subscription_id, h.position,
                       row_number() over (partition by h.subscription_id order by h.position) as nth
                from heads h join subscription s on s.id = h.subscription_id
                where s.status = 'active' and h.next_attempt_at <= now()
                  and (h.claimed_until is null or h.claimed_until < now())),
              claimed as (
                update delivery set claimed_until = now() + make_interval(secs => ?2 / 1000.0),
                                    first_attempt_at = coalesce(first_attempt_at, now())
                where id in (
                    select due.id from due left join busy using (subscription_id)
                    where due.nth + coalesce(busy.n, 0) <= ?3
                    order by due.position limit ?1)
                  and state = 'pending' and (claimed_until is null or claimed_until < now())
                returning id, subscription_id, position, attempts, first_attempt_at)
              select c.id, c.attempts, c.first_attempt_at,
                     s.id, s.owner, s.url, s.secret, s.previous_secret, s.previous_secret_until,
                     s.version,
                     ch.event_id, ch.type, ch.source, ch.subject, ch.occurred_at, ch.data::text,
                     c.position
              from claimed c join subscription s on s.id = c.subscription_id
              left join change ch on ch.position = c.position
              order by c.position""")
          .setParameter(1, free).setParameter(2, leaseMillis)
          .setParameter(3, config.inFlightPerSubscription()).getResultList();
      return rows.stream().map(r -> new Claimed((String) r[0], ((Number) r[1]).intValue(),
          SqlValues.instant(r[2]),
          new Subscription((String) r[3], (String) r[4], (String) r[5], (String) r[6],
              (String) r[7], SqlValues.instant(r[8]), List.of(), null, null,
              Facets.Wanted.ANY, Subscription.ACTIVE, null, null, null,
              ((Number) r[9]).longValue()),
          r[10] == null ? null : new Change(((Number) r[16]).longValue(), (String) r[10],
              (String) r[11], (String) r[12], (String) r[13], SqlValues.instant(r[14]),
              (String) r[15]))).toList();
    });
  }

  /** An attempt a receiver took, with the status it answered. */
  record Sent(Claimed delivery, int status) {}

  private void markDelivered(List<Sent> sent) {
    if (sent.isEmpty()) {
      return;
    }
    String[] ids = sent.stream().map(s -> s.delivery().id()).toArray(String[]::new);
    Integer[] statuses = sent.stream().map(Sent::status).toArray(Integer[]::new);
    String[] subscriptions = sent.stream().map(s -> s.delivery().subscription().id()).distinct()
        .toArray(String[]::new);
    em.createNativeQuery("""
            update delivery set state = 'delivered', delivered_at = now(),
                                attempts = attempts + 1, last_status = taken.status,
                                last_error = null, claimed_until = null
            from unnest(cast(?1 as text[]), cast(?2 as int[])) as taken (id, status)
            where delivery.id = taken.id""")
        .setParameter(1, ids).setParameter(2, statuses).executeUpdate();
    em.createNativeQuery("""
            update subscription set failing_since = null
            where id = any(cast(?1 as text[])) and failing_since is not null""")
        .setParameter(1, subscriptions).executeUpdate();
  }

  /**
   * An attempt failed: tried again after the backoff ({@code first-retry}, doubled each time up
   * to {@code max-retry-interval}) until {@code retry-for} has passed since its first attempt,
   * then failed. A subscription all of whose deliveries have failed for
   * {@code disable-after} is disabled, with the reason.
   */
  void failed(Claimed d, Integer status, String error) {
    Instant now = Instant.now();
    int attempts = d.attempts() + 1;
    boolean givenUp = !now.isBefore(d.firstAttemptAt().plus(config.retryFor()));
    Instant next = now.plus(backoff(attempts));
    String reason = error.length() > 500 ? error.substring(0, 500) : error;
    QuarkusTransaction.requiringNew().run(() -> {
      // Failed once retries ran out, or when its subscription was disabled meanwhile.
      em.createNativeQuery("""
              update delivery set attempts = ?3, next_attempt_at = ?4, last_status = ?5,
                                  last_error = ?6, claimed_until = null,
                                  state = case when ?2 or (select status from subscription s
                                                  where s.id = subscription_id) = 'disabled'
                                               then 'failed' else 'pending' end
              where id = ?1""")
          .setParameter(1, d.id()).setParameter(2, givenUp)
          .setParameter(3, attempts).setParameter(4, Timestamp.from(next))
          .setParameter(5, status).setParameter(6, reason).executeUpdate();
      em.createNativeQuery("""
              update subscription set failing_since = coalesce(failing_since, now())
              where id = ?1""")
          .setParameter(1, d.subscription().id()).executeUpdate();
      int disabled = em.createNativeQuery("""
              update subscription
              set status = 'disabled', version = version + 1,
                  disabled_reason = 'every delivery has failed since ' || failing_since
                                    || '; the last: ' || ?2
              where id = ?1 and status = 'active'
                and failing_since < now() - make_interval(secs => ?3)""")
          .setParameter(1, d.subscription().id()).setParameter(2, reason)
          .setParameter(3, config.disableAfter().toSeconds()).executeUpdate();
      if (disabled == 1) {
        // What it still had to send is failed: listed, and redeliverable once it is enabled.
        em.createNativeQuery("""
                update delivery set state = 'failed', claimed_until = null,
                                    last_error = coalesce(last_error, 'subscription disabled')
                where subscription_id = ?1 and state = 'pending'""")
            .setParameter(1, d.subscription().id()).executeUpdate();
      }
    });
  }

  Duration backoff(int attempts) {
    Duration wait = config.firstRetry();
    for (int i = 1; i < attempts && wait.compareTo(config.maxRetryInterval()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(config.maxRetryInterval()) > 0 ? config.maxRetryInterval() : wait;
  }

  /** The subscription's deliveries in one state (all when null), by position, after one. */
  @Transactional
  public List<Delivery> list(String subscriptionId, String state, long afterPosition, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("""
            select d.id, ch.event_id, ch.type, ch.subject, d.state, d.attempts, d.last_status,
                   d.last_error, d.next_attempt_at, d.created_at, d.delivered_at, d.position
            from delivery d left join change ch on ch.position = d.position
            where d.subscription_id = ?1 and (cast(?2 as text) is null or d.state = ?2)
              and d.position > ?3
            order by d.position limit ?4""")
        .setParameter(1, subscriptionId).setParameter(2, state).setParameter(3, afterPosition)
        .setParameter(4, limit).getResultList();
    return rows.stream().map(r -> new Delivery((String) r[0], (String) r[1], (String) r[2],
        (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
        r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7],
        SqlValues.instant(r[8]), SqlValues.instant(r[9]), SqlValues.instant(r[10]),
        ((Number) r[11]).longValue())).toList();
  }

  /**
   * Sends a delivery again, from the start of its retries: a failed one the subscriber fixed its
   * receiver for, or a delivered one it wants once more. 404 for none of the subscription's; 410
   * when its change is no longer kept.
   */
  @Transactional
  public Delivery redeliver(String subscriptionId, String deliveryId) {
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery("""
            select d.position, ch.position from delivery d
            left join change ch on ch.position = d.position
            where d.subscription_id = ?1 and d.id = ?2 for update of d""")
        .setParameter(1, subscriptionId).setParameter(2, deliveryId).getResultList();
    if (found.isEmpty()) {
      throw Problems.notFound("delivery", deliveryId);
    }
    if (found.get(0)[1] == null) {
      throw new ProblemException(410, "change-expired", "Change no longer kept",
          "The change of delivery " + deliveryId + " is older than the feed keeps");
    }
    em.createNativeQuery("""
            update delivery set state = 'pending', attempts = 0, next_attempt_at = now(),
                                first_attempt_at = null, claimed_until = null,
                                delivered_at = null
            where id = ?1""")
        .setParameter(1, deliveryId).executeUpdate();
    long position = ((Number) found.get(0)[0]).longValue();
    return list(subscriptionId, null, position - 1, 1).get(0);
  }
}
