package org.ogptracker.reports.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogptracker.reports.domain.Scales.Completion;

/**
 * A commitment's self-reported progress beside the IRM's view: the completion its milestones
 * add up to, what its self-assessments say, and where either disagrees with the IRM.
 */
public final class Scorecard {
  private Scorecard() {}

  /** A milestone as its government last reported it (a status unknown here: null). */
  public record MilestoneState(MilestoneStatus status, int percentComplete) {}

  /** A completion and the report (or {@code milestones}) it comes from. */
  public record Sourced(Indicator<Completion> completion, String source) {}

  /**
   * Where the government and the IRM say different things of one stage's completion.
   *
   * @param governmentSource a self-assessment's id, or {@code milestones}
   */
  public record Disagreement(String indicator, Stage stage, String government,
      String governmentSource, String irm, String irmSource) {}

  public static final String MILESTONES = "milestones";

  /**
   * The completion a commitment's milestones add up to, or null without milestones. Withdrawn
   * milestones are left out (all withdrawn: withdrawn); all others complete: complete; on
   * average at least half done: substantial; any started: limited; else not started.
   */
  public static Completion fromMilestones(List<MilestoneState> milestones) {
    if (milestones.isEmpty()) {
      return null;
    }
    List<MilestoneState> open = milestones.stream()
        .filter(m -> m.status() != MilestoneStatus.WITHDRAWN).toList();
    if (open.isEmpty()) {
      return Completion.WITHDRAWN;
    }
    if (open.stream().allMatch(m -> m.status() == MilestoneStatus.COMPLETE)) {
      return Completion.COMPLETE;
    }
    double mean = open.stream().mapToInt(MilestoneState::percentComplete).average().orElse(0);
    if (mean >= 50) {
      return Completion.SUBSTANTIAL;
    }
    boolean started = open.stream().anyMatch(m -> m.percentComplete() > 0
        || m.status() == MilestoneStatus.IN_PROGRESS || m.status() == MilestoneStatus.COMPLETE);
    return started ? Completion.LIMITED : Completion.NOT_STARTED;
  }

  /**
   * Each self-assessment against the IRM at its stage, and the milestones against the IRM's
   * latest stage with a value. Only values are compared: a sentinel on either side says nothing.
   *
   * @param irm each stage's IRM completion and the report it comes from
   */
  public static List<Disagreement> disagreements(Completion fromMilestones,
      Map<Stage, Sourced> selfAssessed, Map<Stage, Sourced> irm) {
    List<Disagreement> found = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      Sourced government = selfAssessed.get(stage);
      Sourced irmView = irm.get(stage);
      if (government != null && irmView != null) {
        compare(government.completion(), government.source(), irmView, stage, found);
      }
    }
    Stage latest = irmValue(irm.get(Stage.END_OF_TERM)) ? Stage.END_OF_TERM
        : irmValue(irm.get(Stage.MIDTERM)) ? Stage.MIDTERM : null;
    if (fromMilestones != null && latest != null) {
      compare(Indicator.of(fromMilestones), MILESTONES, irm.get(latest), latest, found);
    }
    return found;
  }

  private static boolean irmValue(Sourced s) {
    return s != null && s.completion().present();
  }

  private static void compare(Indicator<Completion> government, String source, Sourced irm,
      Stage stage, List<Disagreement> found) {
    if (government.present() && irm.completion().present()
        && government.value() != irm.completion().value()) {
      found.add(new Disagreement("completion", stage, government.value().code(), source,
          irm.completion().value().code(), irm.source()));
    }
  }
}
