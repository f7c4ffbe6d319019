package org.ogptracker.reports.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.MilestoneReplica;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.Scorecard;
import org.ogptracker.reports.domain.Stage;
import org.ogptracker.reports.domain.StarRule;
import org.ogptracker.reports.service.ScorecardService;

/** A commitment's self-reported progress beside the IRM's view, its stars and disagreements. */
@Schema(name = "Scorecard")
public record ScorecardView(
    @Schema(example = "AL0050", required = true) String commitmentId,
    @Schema(example = "AP_ALB03", required = true) String planId,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(example = "Commitment to publish online central and local government legislation"
        + " in open systems and for free") String title,
    @Schema(required = true) SelfReported selfReported,
    @Schema(required = true) Irm irm,
    @Schema(required = true) Star starMidterm,
    @Schema(required = true) Star starEndOfTerm,
    @Schema(description = "Where the government's word and the IRM's differ", required = true)
        List<DisagreementView> disagreements) {

  /** Where the government and the IRM say different things of one stage's completion. */
  @Schema(name = "Disagreement")
  public record DisagreementView(
      @Schema(example = "completion", required = true) String indicator,
      @Schema(required = true) Stage stage,
      @Schema(example = "complete", required = true) String government,
      @Schema(description = "A self-assessment's id, or milestones", example = "AP_ALB03-SAE-v1",
          required = true) String governmentSource,
      @Schema(example = "substantial", required = true) String irm,
      @Schema(example = "AP_ALB03-RR-v1") String irmSource) {
    static DisagreementView of(Scorecard.Disagreement d) {
      return new DisagreementView(d.indicator(), d.stage(), d.government(), d.governmentSource(),
          d.irm(), d.irmSource());
    }
  }

  /** What the government reports: milestones, what they add up to, its self-assessments. */
  @Schema(name = "SelfReportedProgress")
  public record SelfReported(
      @Schema(description = "The completion the milestones add up to; null without milestones")
          IndicatorView completionFromMilestones,
      @Schema(required = true) List<MilestoneProgress> milestones,
      @Schema(required = true) List<SelfAssessed> selfAssessments) {}

  /** One milestone as last reported. */
  @Schema(name = "MilestoneProgress")
  public record MilestoneProgress(
      @Schema(example = "AL0050.1", required = true) String milestoneId,
      @Schema(example = "Publish central legislation free of charge in the Legislation section"
          + " of the line ministries' websites") String description,
      LocalDate dueDate, @Schema(example = "in_progress", required = true) String status,
      @Schema(example = "40", required = true) int percentComplete) {}

  /** A self-assessment's completion at its stage. */
  @Schema(name = "SelfAssessedCompletion")
  public record SelfAssessed(@Schema(required = true) Stage stage,
      @Schema(example = "AP_ALB03-SAE-v1", required = true) String reportId,
      @Schema(required = true) IndicatorView completion) {}

  /** The IRM's record and the reports it comes from. */
  @Schema(name = "IrmView")
  public record Irm(
      @Schema(description = "null when the IRM has published nothing on it")
          IrmRecordView record,
      @Schema(required = true) List<PublishedReport> reports) {}

  /** A published IRM report that assessed the commitment. */
  @Schema(name = "PublishedReport")
  public record PublishedReport(
      @Schema(example = "AP_ALB03-RR-v1", required = true) String reportId,
      @Schema(required = true) ReportKind kind, LocalDate publishedOn) {}

  /** A star and the inputs that decided it. */
  @Schema(name = "Star")
  public record Star(
      @Schema(description = "null when undecided", example = "true") Boolean starred,
      @Schema(description = "The sentinel that left it open", example = "no_data")
          String undecided,
      @Schema(example = "[\"specificity high: meets medium or high\"]", required = true)
          List<String> why) {
    static Star of(StarRule.Verdict v) {
      return new Star(v.starred(), v.undecided() == null ? null : v.undecided().code(), v.why());
    }
  }

  static ScorecardView of(ScorecardService.Card c) {
    var commitment = c.commitment();
    var irm = c.irm();
    List<MilestoneProgress> milestones = c.milestones().stream().map(ScorecardView::milestone)
        .toList();
    List<SelfAssessed> selfAssessed = c.selfAssessed().entrySet().stream()
        .map(e -> new SelfAssessed(e.getKey(), e.getValue().source(),
            completion(e.getValue().completion().present()
                ? e.getValue().completion().value().code()
                : e.getValue().completion().missing().code())))
        .toList();
    return new ScorecardView(c.commitmentId(),
        commitment != null ? commitment.planId : irm.planId,
        commitment != null ? commitment.memberCode : irm.memberCode,
        commitment == null ? null : commitment.title,
        new SelfReported(c.fromMilestones() == null ? null : completion(c.fromMilestones().code()),
            milestones, selfAssessed),
        new Irm(irm == null ? null : IrmRecordView.of(irm), c.irmReports().stream()
            .map(r -> new PublishedReport(r.id, r.kind, r.publishedOn)).toList()),
        Star.of(c.record().star(Stage.MIDTERM)), Star.of(c.record().star(Stage.END_OF_TERM)),
        c.disagreements().stream().map(DisagreementView::of).toList());
  }

  private static IndicatorView completion(String code) {
    return IndicatorView.of(IndicatorField.COMPLETION, code);
  }

  private static MilestoneProgress milestone(MilestoneReplica m) {
    return new MilestoneProgress(m.id, m.description, m.dueDate, m.status, m.percentComplete);
  }
}
