package org.ogptracker.countries.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a member's status history: from, to, why, who and when. Never changed. */
@Entity
@Table(name = "member_status_change")
public class StatusChange {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "member_code")
  public String memberCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public MemberStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public MemberStatus to;

  public String reason;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public Instant changedAt;

  protected StatusChange() {}

  static StatusChange of(String memberCode, MemberStatus from, MemberStatus to, String reason,
      String by, Instant at) {
    StatusChange c = new StatusChange();
    c.memberCode = memberCode;
    c.from = from;
    c.to = to;
    c.reason = reason;
    c.changedBy = by;
    c.changedAt = at;
    return c;
  }
}
