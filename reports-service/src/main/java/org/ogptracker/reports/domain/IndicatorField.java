package org.ogptracker.reports.domain;

import java.util.ArrayList;
import java.util.List;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.reports.domain.Scales.Completion;
import org.ogptracker.reports.domain.Scales.EarlyResults;
import org.ogptracker.reports.domain.Scales.Labelled;
import org.ogptracker.reports.domain.Scales.OgpValue;
import org.ogptracker.reports.domain.Scales.OpenedGovernment;
import org.ogptracker.reports.domain.Scales.PotentialForResults;
import org.ogptracker.reports.domain.Scales.PotentialImpact;
import org.ogptracker.reports.domain.Scales.Specificity;
import org.ogptracker.reports.domain.Scales.Verifiable;

/**
 * The IRM indicators an assessment may hold, each with its name in the API, its scale and the
 * part of the IRM's work it belongs to. Every indicator is a code of its scale or a
 * {@link Sentinel}; relevance is the set of OGP values a commitment is relevant to.
 */
public enum IndicatorField {
  SPECIFICITY("specificity", Specificity.class, Part.DESIGN),
  VERIFIABLE("verifiable", Verifiable.class, Part.DESIGN),
  RELEVANCE("relevance", OgpValue.class, Part.DESIGN),
  POTENTIAL_IMPACT("potentialImpact", PotentialImpact.class, Part.DESIGN),
  POTENTIAL_FOR_RESULTS("potentialForResults", PotentialForResults.class, Part.DESIGN),
  COMPLETION("completion", Completion.class, Part.COMPLETION),
  DID_IT_OPEN_GOVERNMENT("didItOpenGovernment", OpenedGovernment.class, Part.RESULTS),
  OPENED_ACCESS_TO_INFORMATION("didItOpenGovernmentAccessToInformation", OpenedGovernment.class,
      Part.RESULTS),
  OPENED_CIVIC_PARTICIPATION("didItOpenGovernmentCivicParticipation", OpenedGovernment.class,
      Part.RESULTS),
  OPENED_PUBLIC_ACCOUNTABILITY("didItOpenGovernmentPublicAccountability", OpenedGovernment.class,
      Part.RESULTS),
  OPENED_TECHNOLOGY_AND_INNOVATION("didItOpenGovernmentTechnologyAndInnovation",
      OpenedGovernment.class, Part.RESULTS),
  EARLY_RESULTS("earlyResults", EarlyResults.class, Part.RESULTS);

  /** Design (Action Plan Review), completion (any report), results (Results Report). */
  public enum Part { DESIGN, COMPLETION, RESULTS }

  private final String apiName;
  private final Class<? extends Labelled> scale;
  private final Part part;

  IndicatorField(String apiName, Class<? extends Labelled> scale, Part part) {
    this.apiName = apiName;
    this.scale = scale;
    this.part = part;
  }

  /** The name in requests, responses, filters and CSV columns. */
  public String apiName() {
    return apiName;
  }

  public Part part() {
    return part;
  }

  /** Relevance holds a set of OGP values; every other indicator one code. */
  public boolean setValued() {
    return this == RELEVANCE;
  }

  /** The codes of its scale. */
  public List<String> scaleCodes() {
    return EnumCodes.allowed(scale);
  }

  /** Scale codes, then the sentinels. */
  public List<String> allowed() {
    List<String> all = new ArrayList<>(scaleCodes());
    all.addAll(EnumCodes.allowed(Sentinel.class));
    return all;
  }

  /** The label of one of its codes (a scale value or a sentinel), null for an unknown code. */
  public String label(String code) {
    for (Labelled l : scale.getEnumConstants()) {
      if (l.code().equals(code)) {
        return l.label();
      }
    }
    Sentinel s = Sentinel.fromCode(code);
    return s == null ? null : s.label();
  }

  /** The code of the scale value labelled {@code label} (any case), or null. */
  public String codeOfLabel(String label) {
    for (Labelled l : scale.getEnumConstants()) {
      if (l.label().equalsIgnoreCase(label)) {
        return l.code();
      }
    }
    return null;
  }

  public static IndicatorField byApiName(String name) {
    for (IndicatorField f : values()) {
      if (f.apiName.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
