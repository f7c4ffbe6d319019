package org.ogptracker.commitments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.ogptracker.commitments.domain.MemberReplica;
import org.ogptracker.platform.inbox.EventFields;
import org.ogptracker.platform.inbox.ReplicaVersions;

/**
 * The member replica, as countries-service's events tell it: each change applies only if it
 * carries a newer version of the member than the replica holds, so a replay never moves a
 * member's status back.
 */
@ApplicationScoped
public class MemberReplicas {
  private final EntityManager em;
  private final Clock clock;

  MemberReplicas(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** What this service reads of a member registered or updated (ogp.country.registered/updated.v1). */
  public record Snapshot(String code, String name, String kind, String status, Long version) {
    public Snapshot {
      EventFields.memberCode(code, "code");
      EventFields.required(status, "status");
    }
  }

  /** What this service reads of a status change (ogp.country.status-changed.v1). */
  public record StatusChange(String code, String to, Long version) {
    public StatusChange {
      EventFields.memberCode(code, "code");
      EventFields.required(to, "to");
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(Snapshot s) {
    MemberReplica m = replica(s.code());
    if (ReplicaVersions.isNewer(m.version, s.version())) {
      m.name = s.name();
      m.kind = s.kind();
      m.status = s.status();
      m.version = s.version();
      m.updatedAt = clock.instant();
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(StatusChange c) {
    MemberReplica m = replica(c.code());
    if (ReplicaVersions.isNewer(m.version, c.version())) {
      m.status = c.to();
      m.version = c.version();
      m.updatedAt = clock.instant();
    }
  }

  private MemberReplica replica(String code) {
    MemberReplica m = em.find(MemberReplica.class, code);
    if (m == null) {
      m = MemberReplica.unknown(code, clock.instant());
      em.persist(m);
    }
    return m;
  }
}
