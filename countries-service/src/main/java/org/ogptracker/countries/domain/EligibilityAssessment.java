package org.ogptracker.countries.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A member's eligibility scores for one year; the result is derived by {@link EligibilityRule}. */
@Entity
@Table(name = "eligibility_assessment")
public class EligibilityAssessment {

  /** Member code and year. */
  @Embeddable
  public record Key(@Column(name = "member_code") String memberCode, short year)
      implements Serializable {}

  @EmbeddedId
  public Key id;

  @Column(name = "fiscal_transparency")
  public Short fiscalTransparency;

  @Column(name = "access_to_information")
  public Short accessToInformation;

  @Column(name = "asset_disclosure")
  public Short assetDisclosure;

  @Column(name = "citizen_engagement")
  public Short citizenEngagement;

  @Column(name = "values_check_passed")
  public boolean valuesCheckPassed;

  @Column(name = "assessed_by")
  public String assessedBy;

  @Column(name = "assessed_at")
  public Instant assessedAt;

  @Version
  public long version;

  protected EligibilityAssessment() {}

  public static EligibilityAssessment of(String memberCode, int year) {
    EligibilityAssessment a = new EligibilityAssessment();
    a.id = new Key(memberCode, (short) year);
    return a;
  }

  public void record(EligibilityScores scores, String by, Instant at) {
    fiscalTransparency = small(scores.of(Criterion.FISCAL_TRANSPARENCY));
    accessToInformation = small(scores.of(Criterion.ACCESS_TO_INFORMATION));
    assetDisclosure = small(scores.of(Criterion.ASSET_DISCLOSURE));
    citizenEngagement = small(scores.of(Criterion.CITIZEN_ENGAGEMENT));
    valuesCheckPassed = scores.valuesCheckPassed();
    assessedBy = by;
    assessedAt = at;
  }

  public EligibilityScores scores() {
    Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
    put(points, Criterion.FISCAL_TRANSPARENCY, fiscalTransparency);
    put(points, Criterion.ACCESS_TO_INFORMATION, accessToInformation);
    put(points, Criterion.ASSET_DISCLOSURE, assetDisclosure);
    put(points, Criterion.CITIZEN_ENGAGEMENT, citizenEngagement);
    return new EligibilityScores(points, valuesCheckPassed);
  }

  public EligibilityResult result() {
    return EligibilityRule.evaluate(scores());
  }

  private static void put(Map<Criterion, Integer> points, Criterion c, Short value) {
    if (value != null) {
      points.put(c, value.intValue());
    }
  }

  private static Short small(Integer value) {
    return value == null ? null : value.shortValue();
  }
}
