package org.ogptracker.countries.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.countries.domain.StatusChange;
import org.ogptracker.countries.events.CountryEvents;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;

/** Use cases on members; each writes its change and its events in one transaction. */
@ApplicationScoped
public class CountryService {
  private final MemberRepository members;
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  CountryService(MemberRepository members, EntityManager em, Outbox outbox, Clock clock) {
    this.members = members;
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What a new member is. */
  public record Registration(String code, String name, MemberKind kind, String parentCode,
      Region region, MemberStatus status, LocalDate joinedOn, String reason) {}

  /** Fields to change; null leaves a field as it is. */
  public record Changes(String name, Region region, MemberStatus status, String statusReason,
      LocalDate joinedOn) {}

  @Transactional
  public Member register(Registration r, String by) {
    if (members.findByIdOptional(r.code()).isPresent()) {
      throw Problems.conflict("Member '" + r.code() + "' already exists");
    }
    Instant now = clock.instant();
    Member m = Member.register(r.code(), r.name(), r.kind(), r.parentCode(), r.region(),
        r.joinedOn(), now);
    Optional<StatusChange> first = m.changeStatus(r.status(), r.reason(), by, now);
    members.persist(m);
    first.ifPresent(em::persist);
    em.flush();
    outbox.add(CountryEvents.registered(m));
    first.ifPresent(c -> outbox.add(CountryEvents.statusChanged(m, c)));
    return m;
  }

  /** Registers the member unless one with its code exists; true when it was created. */
  @Transactional
  public boolean registerIfAbsent(Registration r, String by) {
    if (members.findByIdOptional(r.code()).isPresent()) {
      return false;
    }
    register(r, by);
    return true;
  }

  @Transactional
  public Member update(String code, Changes c, String ifMatch, String by) {
    Member m = members.require(code);
    Etags.requireMatch(ifMatch, m.version);
    boolean changed = false;
    if (c.name() != null && !c.name().equals(m.name)) {
      m.name = c.name();
      changed = true;
    }
    if (c.region() != null && c.region() != m.region) {
      m.region = c.region();
      changed = true;
    }
    if (c.joinedOn() != null && !c.joinedOn().equals(m.joinedOn)) {
      m.joinedOn = c.joinedOn();
      changed = true;
    }
    Instant now = clock.instant();
    Optional<StatusChange> statusChange = c.status() == null ? Optional.empty()
        : m.changeStatus(c.status(), c.statusReason() == null ? "changed by an administrator"
            : c.statusReason(), by, now);
    if (!changed && statusChange.isEmpty()) {
      return m;
    }
    m.updatedAt = now;
    statusChange.ifPresent(em::persist);
    em.flush();
    outbox.add(CountryEvents.updated(m));
    statusChange.ifPresent(s -> outbox.add(CountryEvents.statusChanged(m, s)));
    return m;
  }

  /** Changes the status for a rule of the suite (eligibility, procedural review). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changeStatus(Member m, MemberStatus to, String reason, String by) {
    Optional<StatusChange> change = m.changeStatus(to, reason, by, clock.instant());
    if (change.isPresent()) {
      em.persist(change.get());
      em.flush();
      outbox.add(CountryEvents.updated(m));
      outbox.add(CountryEvents.statusChanged(m, change.get()));
    }
  }

  @Transactional
  public Optional<Member> find(String code) {
    return members.findByIdOptional(code);
  }

  @Transactional
  public List<Member> list(MemberRepository.Filter filter, PageRequest page) {
    return members.list(filter, page);
  }

  @Transactional
  public List<StatusChange> history(String code) {
    members.require(code);
    return em.createQuery("from StatusChange where memberCode = :code order by id desc",
        StatusChange.class).setParameter("code", code).getResultList();
  }
}
