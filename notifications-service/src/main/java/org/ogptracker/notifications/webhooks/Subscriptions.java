package org.ogptracker.notifications.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.problem.Problems;

/**
 * Webhook subscriptions, each its owner's alone: another caller's id is answered as unknown
 * (404), never as forbidden, so ids reveal nothing.
 */
@ApplicationScoped
public class Subscriptions {
  private static final String COLUMNS = """
      id, owner, url, secret, previous_secret, previous_secret_until,
      array_to_string(types, ','), member_code, plan_id, status, disabled_reason, failing_since,
      created_at, version, member_kind, grand_challenge, ogp_value, theme, overdue_milestones""";

  private final EntityManager em;
  private final WebhookConfig config;

  Subscriptions(EntityManager em, WebhookConfig config) {
    this.em = em;
    this.config = config;
  }

  /** What a subscriber asks for: where, which types (empty: all), about which member or plan. */
  public record Wanted(String url, List<String> types, String member, String plan,
      Facets.Wanted facets) {
    public Wanted {
      types = List.copyOf(types);
    }
  }

  @Transactional
  public Subscription create(String owner, Wanted wanted, String secret) {
    String id = "sub_" + UUID.randomUUID();
    em.createNativeQuery("""
            insert into subscription (id, owner, url, secret, types, member_code, plan_id, status,
                                      member_kind, grand_challenge, ogp_value, theme,
                                      overdue_milestones)
            values (?1, ?2, ?3, ?4, cast(?5 as text[]), ?6, ?7, 'active', ?8, ?9, ?10, ?11,
                    ?12)""")
        .setParameter(1, id).setParameter(2, owner).setParameter(3, wanted.url())
        .setParameter(4, secret).setParameter(5, wanted.types().toArray(String[]::new))
        .setParameter(6, wanted.member()).setParameter(7, wanted.plan())
        .setParameter(8, wanted.facets().memberKind())
        .setParameter(9, wanted.facets().grandChallenge())
        .setParameter(10, wanted.facets().ogpValue()).setParameter(11, wanted.facets().theme())
        .setParameter(12, wanted.facets().overdueMilestones())
        .executeUpdate();
    return find(owner, id).orElseThrow();
  }

  @Transactional
  public Optional<Subscription> find(String owner, String id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
            + " from subscription where owner = ?1 and id = ?2")
        .setParameter(1, owner).setParameter(2, id).getResultList();
    return rows.stream().findFirst().map(Subscriptions::of);
  }

  /** The subscription, or a 404 problem. */
  public Subscription get(String owner, String id) {
    return find(owner, id).orElseThrow(() -> Problems.notFound("subscription", id));
  }

  /** The owner's subscriptions after {@code afterId} (null: from the first), by id. */
  @Transactional
  public List<Subscription> list(String owner, String afterId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
            + " from subscription where owner = ?1 and id > ?2 order by id limit ?3")
        .setParameter(1, owner).setParameter(2, afterId == null ? "" : afterId)
        .setParameter(3, limit).getResultList();
    return rows.stream().map(Subscriptions::of).toList();
  }

  /** Deletes it and its deliveries; false when the owner has no such subscription. */
  @Transactional
  public boolean delete(String owner, String id) {
    return em.createNativeQuery("delete from subscription where owner = ?1 and id = ?2")
        .setParameter(1, owner).setParameter(2, id).executeUpdate() == 1;
  }

  /** A new secret; the one before still signs for {@code ogp.webhooks.secret-overlap}. */
  @Transactional
  public Subscription rotate(String owner, String id, String secret) {
    int changed = em.createNativeQuery("""
            update subscription set previous_secret = secret, previous_secret_until = ?3,
                                    secret = ?4, version = version + 1
            where owner = ?1 and id = ?2""")
        .setParameter(1, owner).setParameter(2, id)
        .setParameter(3, Timestamp.from(Instant.now().plus(config.secretOverlap())))
        .setParameter(4, secret).executeUpdate();
    if (changed == 0) {
      throw Problems.notFound("subscription", id);
    }
    return get(owner, id);
  }

  /** Active again (its receiver answered the challenge anew), failures forgotten. */
  @Transactional
  public Subscription enable(String owner, String id) {
    int changed = em.createNativeQuery("""
            update subscription set status = 'active', disabled_reason = null,
                                    failing_since = null, version = version + 1
            where owner = ?1 and id = ?2""")
        .setParameter(1, owner).setParameter(2, id).executeUpdate();
    if (changed == 0) {
      throw Problems.notFound("subscription", id);
    }
    return get(owner, id);
  }

  private static Subscription of(Object[] r) {
    String types = (String) r[6];
    return new Subscription((String) r[0], (String) r[1], (String) r[2], (String) r[3],
        (String) r[4], SqlValues.instant(r[5]), types == null || types.isEmpty() ? List.of()
            : Arrays.asList(types.split(",")), (String) r[7], (String) r[8],
        new Facets.Wanted((String) r[14], (String) r[15], (String) r[16], (String) r[17],
            (Boolean) r[18]),
        (String) r[9], (String) r[10], SqlValues.instant(r[11]), SqlValues.instant(r[12]),
        ((Number) r[13]).longValue());
  }
}
