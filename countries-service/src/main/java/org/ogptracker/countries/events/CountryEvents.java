package org.ogptracker.countries.events;

import java.time.Instant;
import java.time.LocalDate;
import org.ogptracker.countries.domain.EligibilityAssessment;
import org.ogptracker.countries.domain.EligibilityResult;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.StatusChange;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.platform.outbox.OutboxEvent;

/** The events countries-service publishes on {@value #TOPIC}, keyed by member code. */
public final class CountryEvents {
  public static final String TOPIC = "ogp.countries.v1";
  public static final String REGISTERED = "ogp.country.registered.v1";
  public static final String UPDATED = "ogp.country.updated.v1";
  public static final String STATUS_CHANGED = "ogp.country.status-changed.v1";
  public static final String ELIGIBILITY_ASSESSED = "ogp.eligibility.assessed.v1";

  private CountryEvents() {}

  /** Data of registered and updated events: the member as it now is. */
  public record MemberData(String code, String name, String kind, String parentCode,
      String region, String status, LocalDate joinedOn, long version) {}

  /** Data of a status change, with the member's version after it. */
  public record StatusChangedData(String code, String from, String to, String reason,
      Instant changedAt, long version) {}

  /** Data of an eligibility assessment, with its derived result. */
  public record EligibilityAssessedData(String code, int year, int points, int maxPoints,
      Double percent, String result, boolean valuesCheckPassed) {}

  public static OutboxEvent registered(Member m) {
    return event(REGISTERED, m.code, snapshot(m));
  }

  public static OutboxEvent updated(Member m) {
    return event(UPDATED, m.code, snapshot(m));
  }

  /** A change of {@code m}'s status (flushed: its version is the one after the change). */
  public static OutboxEvent statusChanged(Member m, StatusChange c) {
    return event(STATUS_CHANGED, c.memberCode, new StatusChangedData(c.memberCode,
        c.from == null ? null : c.from.code(), c.to.code(), c.reason, c.changedAt, m.version));
  }

  public static OutboxEvent eligibilityAssessed(EligibilityAssessment a) {
    EligibilityResult r = a.result();
    return event(ELIGIBILITY_ASSESSED, a.id.memberCode(), new EligibilityAssessedData(
        a.id.memberCode(), a.id.year(), r.points(), r.maxPoints(), r.percent(),
        r.outcome().code(), a.valuesCheckPassed));
  }

  private static MemberData snapshot(Member m) {
    return new MemberData(m.code, m.name, EnumCodes.code(m.kind), m.parentCode,
        m.region.code(), m.status.code(), m.joinedOn, m.version);
  }

  private static OutboxEvent event(String type, String code, Object data) {
    return new OutboxEvent(TOPIC, code, type, code, data);
  }
}
