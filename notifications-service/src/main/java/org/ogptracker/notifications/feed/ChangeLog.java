package org.ogptracker.notifications.feed;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import org.ogptracker.notifications.webhooks.Deliveries;
import org.ogptracker.platform.inbox.ConsumedEvent;

/**
 * Writes consumed events into the feed, in the consumer's transaction (the inbox's), so an event
 * is in the feed exactly when its consumer has taken it.
 *
 * <p>One order for the whole feed: every writer takes the feed's lock (a transaction-scoped
 * advisory lock) before it takes a position, and keeps it until it commits. Positions are thus
 * committed in their order, and a reader that sees position n has seen all below it: a cursor
 * never skips a change that commits late. The writers are the consumers of three topics, a
 * transaction per poll, so the lock is taken a few times a second, never per event.
 */
@ApplicationScoped
public class ChangeLog {
  /** The advisory lock's key (any number no other lock of this database uses). */
  static final long FEED_LOCK = 0x6f67705f66656564L; // "ogp_feed"
  private static final String MILESTONE_OVERDUE = "ogp.milestone.overdue.v1";
  private static final String PROGRESS_REPORTED = "ogp.milestone.progress-reported.v1";

  private final EntityManager em;
  private final Deliveries deliveries;

  ChangeLog(EntityManager em, Deliveries deliveries) {
    this.em = em;
    this.deliveries = deliveries;
  }

  /**
   * Adds the event at the feed's next position, if it is public and not there already, with a
   * delivery to every webhook subscription that wants it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean append(ConsumedEvent e) {
    if (!PublicChanges.isPublic(e.type())) {
      return false;
    }
    String member = memberOf(e.data());
    String plan = text(e.data(), "planId");
    String subject = e.subject() != null ? e.subject() : e.key() != null ? e.key() : e.id();
    @SuppressWarnings("unchecked")
    java.util.List<Number> added = em.createNativeQuery("""
            with feed_lock as (select pg_advisory_xact_lock(?1))
            insert into change (position, event_id, type, source, subject, occurred_at,
                                member_code, plan_id, data)
            select nextval('change_position'), ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb)
            from feed_lock
            on conflict (event_id) do nothing
            returning position""")
        .setParameter(1, FEED_LOCK)
        .setParameter(2, e.id())
        .setParameter(3, e.type())
        .setParameter(4, e.source())
        .setParameter(5, subject)
        .setParameter(6, Timestamp.from(e.time()))
        .setParameter(7, member)
        .setParameter(8, plan)
        .setParameter(9, e.data().toString())
        .getResultList();
    if (added.isEmpty()) {
      return false;
    }
    String commitment = text(e.data(), "commitmentId");
    if (e.type().startsWith("ogp.commitment.")) {
      keepFacets(commitment, e.data());
    }
    deliveries.plan(added.get(0).longValue(), e.type(), member, plan, subject, commitment,
        aboutOverdueMilestone(e.type(), e.data(), plan));
    return true;
  }

  /**
   * Whether the change is about a milestone that is overdue: the change that says so, or
   * progress reported on one since, up to the report that completes or withdraws it (which is
   * about it still, and ends its being overdue).
   */
  private boolean aboutOverdueMilestone(String type, JsonNode data, String plan) {
    String milestone = text(data, "milestoneId");
    if (milestone == null) {
      return false;
    }
    if (type.equals(MILESTONE_OVERDUE)) {
      em.createNativeQuery("""
              insert into overdue_milestone (milestone_id, plan_id, since) values (?1, ?2, now())
              on conflict (milestone_id) do nothing""")
          .setParameter(1, milestone).setParameter(2, plan).executeUpdate();
      return true;
    }
    if (!type.equals(PROGRESS_REPORTED)) {
      return false;
    }
    String status = text(data, "status");
    if ("complete".equals(status) || "withdrawn".equals(status)) {
      return em.createNativeQuery("delete from overdue_milestone where milestone_id = ?1")
          .setParameter(1, milestone).executeUpdate() == 1;
    }
    return !em.createNativeQuery("select 1 from overdue_milestone where milestone_id = ?1")
        .setParameter(1, milestone).getResultList().isEmpty();
  }

  /** A commitment's grand challenges, OGP values and themes, as its latest event has them. */
  private void keepFacets(String commitment, JsonNode data) {
    em.createNativeQuery("""
            insert into commitment_facet (commitment_id, grand_challenges, ogp_values, themes)
            values (?1, cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]))
            on conflict (commitment_id) do update set grand_challenges = excluded.grand_challenges,
              ogp_values = excluded.ogp_values, themes = excluded.themes""")
        .setParameter(1, commitment).setParameter(2, texts(data, "grandChallenges"))
        .setParameter(3, texts(data, "ogpValues")).setParameter(4, texts(data, "themes"))
        .executeUpdate();
  }

  private static String[] texts(JsonNode data, String field) {
    java.util.List<String> values = new java.util.ArrayList<>();
    data.path(field).forEach(v -> values.add(v.asText()));
    return values.toArray(String[]::new);
  }

  /** The member a change is about: {@code memberCode}, or {@code code} in a member's events. */
  static String memberOf(JsonNode data) {
    String member = text(data, "memberCode");
    return member != null ? member : text(data, "code");
  }

  private static String text(JsonNode data, String field) {
    JsonNode v = data.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
