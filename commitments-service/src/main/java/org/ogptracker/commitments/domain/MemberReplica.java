package org.ogptracker.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What this service knows of a member, from countries-service's events: enough to apply the
 * rule that only an active member gets a new plan, without calling countries-service.
 */
@Entity
@Table(name = "member_replica")
public class MemberReplica {
  public static final String ACTIVE = "active";

  @Id
  public String code;

  public String name;

  public String kind;

  /** Status code as countries-service spells it, e.g. {@code active}. */
  public String status;

  /** The member's version in countries-service of the last event applied (null: none had one). */
  public Long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public MemberReplica() {}

  /** A member first heard of: its status is not known until an event says it. */
  public static MemberReplica unknown(String code, java.time.Instant at) {
    MemberReplica m = new MemberReplica();
    m.code = code;
    m.status = "unknown";
    m.updatedAt = at;
    return m;
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }
}
