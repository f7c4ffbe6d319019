package org.ogptracker.reports.domain;

import java.util.EnumSet;
import java.util.Set;
import org.ogptracker.platform.codes.CodedEnum;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.reports.domain.IndicatorField.Part;

/**
 * The four kinds of report on an action plan: who writes each, the deadline it meets and the
 * indicators it holds. The IRM's older Progress Reports assessed design and mid-term completion
 * together; they are Action Plan Reviews here.
 */
public enum ReportKind implements CodedEnum {
  SELF_ASSESSMENT_MIDTERM("SAM", true, null, EnumSet.of(Part.COMPLETION)),
  SELF_ASSESSMENT_END_OF_TERM("SAE", true, DeadlineKind.END_OF_TERM_SELF_ASSESSMENT,
      EnumSet.of(Part.COMPLETION)),
  IRM_ACTION_PLAN_REVIEW("APR", false, DeadlineKind.IRM_REVIEW,
      EnumSet.of(Part.DESIGN, Part.COMPLETION)),
  IRM_RESULTS_REPORT("RR", false, DeadlineKind.IRM_RESULTS_REPORT,
      EnumSet.of(Part.COMPLETION, Part.RESULTS));

  private final String idTag;
  private final boolean byGovernment;
  private final DeadlineKind meets;
  private final Set<Part> parts;

  ReportKind(String idTag, boolean byGovernment, DeadlineKind meets, Set<Part> parts) {
    this.idTag = idTag;
    this.byGovernment = byGovernment;
    this.meets = meets;
    this.parts = parts;
  }

  @Override
  public String code() {
    return EnumCodes.lowerCaseName(this);
  }

  /** Part of the report id: {@code AP_ALB03-APR-v1}. */
  public String idTag() {
    return idTag;
  }

  /** Self-assessments are the government's; the other kinds the IRM's (reviewers'). */
  public boolean byGovernment() {
    return byGovernment;
  }

  /** The process deadline a report of this kind meets when published on time; may be null. */
  public DeadlineKind meets() {
    return meets;
  }

  /** The kind of report that meets {@code deadline}. */
  public static ReportKind meeting(DeadlineKind deadline) {
    for (ReportKind k : values()) {
      if (k.meets == deadline) {
        return k;
      }
    }
    throw new IllegalArgumentException("no report meets " + deadline);
  }

  public boolean holds(IndicatorField f) {
    return parts.contains(f.part());
  }

  /** The stage its completion is measured at. */
  public Stage stage() {
    return this == SELF_ASSESSMENT_MIDTERM || this == IRM_ACTION_PLAN_REVIEW
        ? Stage.MIDTERM : Stage.END_OF_TERM;
  }

  /** The id of version {@code version} of this kind of report on a plan. */
  public String reportId(String planId, int version) {
    return planId + "-" + idTag + "-v" + version;
  }
}
