package org.ogptracker.countries.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ogptracker.countries.domain.EligibilityAssessment;
import org.ogptracker.countries.domain.EligibilityOutcome;
import org.ogptracker.countries.domain.EligibilityResult;
import org.ogptracker.countries.domain.EligibilityScores;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.events.CountryEvents;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.paging.PageRequest;

/**
 * Records yearly eligibility scores. An eligible result activates a member that is not yet
 * participating ({@code eligible} or {@code inactive}); other statuses are left to administrators
 * and the procedural-review rule.
 */
@ApplicationScoped
public class EligibilityService {
  private static final EnumSet<MemberStatus> JOINS_WHEN_ELIGIBLE =
      EnumSet.of(MemberStatus.ELIGIBLE, MemberStatus.INACTIVE);

  private final MemberRepository members;
  private final CountryService countries;
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  EligibilityService(MemberRepository members, CountryService countries, EntityManager em,
      Outbox outbox, Clock clock) {
    this.members = members;
    this.countries = countries;
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The assessment as stored, and whether this call created it. */
  public record Recorded(EligibilityAssessment assessment, boolean created) {}

  @Transactional
  public Recorded assess(String code, int year, EligibilityScores scores, String ifMatch,
      String ifNoneMatch, String by) {
    Member member = members.require(code);
    EligibilityAssessment a = em.find(EligibilityAssessment.class,
        new EligibilityAssessment.Key(code, (short) year));
    boolean created = a == null;
    Etags.requireForPut(ifMatch, ifNoneMatch, created ? null : a.version);
    if (created) {
      a = EligibilityAssessment.of(code, year);
    }
    a.record(scores, by, clock.instant());
    if (created) {
      em.persist(a);
    }
    em.flush();
    outbox.add(CountryEvents.eligibilityAssessed(a));
    EligibilityResult result = a.result();
    if (result.outcome() == EligibilityOutcome.ELIGIBLE
        && JOINS_WHEN_ELIGIBLE.contains(member.status)) {
      member.joinedOnIfUnknown(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
      countries.changeStatus(member, MemberStatus.ACTIVE, "Eligibility assessment " + year
          + ": eligible with " + result.points() + " of " + result.maxPoints() + " points", by);
    }
    return new Recorded(a, created);
  }

  @Transactional
  public List<EligibilityAssessment> history(String code) {
    members.require(code);
    return em.createQuery("from EligibilityAssessment where id.memberCode = :code "
        + "order by id.year desc", EligibilityAssessment.class)
        .setParameter("code", code).getResultList();
  }

  /**
   * Assessments of every member, newest year first, then by member code; {@code year} and
   * {@code country} narrow them. Keyset pages: the cursor is the last row's (year, code).
   */
  @Transactional
  public List<EligibilityAssessment> list(Integer year, String country, PageRequest page) {
    List<String> where = new ArrayList<>(List.of("true"));
    if (year != null) {
      where.add("id.year = :year");
    }
    if (country != null) {
      where.add("id.memberCode = :country");
    }
    if (!page.first()) {
      where.add("(id.year < :afterYear or (id.year = :afterYear and id.memberCode > :afterCode))");
    }
    var q = em.createQuery("from EligibilityAssessment where " + String.join(" and ", where)
        + " order by id.year desc, id.memberCode", EligibilityAssessment.class);
    if (year != null) {
      q.setParameter("year", year.shortValue());
    }
    if (country != null) {
      q.setParameter("country", country);
    }
    if (!page.first()) {
      q.setParameter("afterYear", (short) page.afterNumber(0, 0));
      q.setParameter("afterCode", page.after(1));
    }
    return q.setMaxResults(page.limit() + 1).getResultList();
  }
}
