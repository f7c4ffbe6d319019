package org.ogptracker.countries.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An OGP member: a national or local government, with its current membership status. */
@Entity
@Table(name = "member")
public class Member {
  @Id
  public String code;

  public String name;

  @Enumerated(EnumType.STRING)
  public MemberKind kind;

  @Column(name = "parent_code")
  public String parentCode;

  @Enumerated(EnumType.STRING)
  public Region region;

  @Enumerated(EnumType.STRING)
  public MemberStatus status;

  @Column(name = "joined_on")
  public LocalDate joinedOn;

  @Version
  public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  protected Member() {}

  /** A new member and the first entry of its status history. */
  public static Member register(String code, String name, MemberKind kind, String parentCode,
      Region region, LocalDate joinedOn, Instant at) {
    Member m = new Member();
    m.code = code;
    m.name = name;
    m.kind = kind;
    m.parentCode = parentCode;
    m.region = region;
    m.joinedOn = joinedOn;
    m.createdAt = at;
    m.updatedAt = at;
    return m;
  }

  /** Marks the day the member joined OGP, unless it is known already. */
  public void joinedOnIfUnknown(LocalDate day) {
    if (joinedOn == null) {
      joinedOn = day;
    }
  }

  /**
   * Moves the member to {@code to}; returns the history entry to keep, or empty when the member
   * already has that status.
   */
  public Optional<StatusChange> changeStatus(MemberStatus to, String reason, String by, Instant at) {
    if (to == status) {
      return Optional.empty();
    }
    StatusChange change = StatusChange.of(code, status, to, reason, by, at);
    status = to;
    updatedAt = at;
    return Optional.of(change);
  }
}
