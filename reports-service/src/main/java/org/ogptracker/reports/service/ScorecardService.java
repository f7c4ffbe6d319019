package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.CommitmentAssessment;
import org.ogptracker.reports.domain.CommitmentReplica;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.MilestoneReplica;
import org.ogptracker.reports.domain.MilestoneStatus;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.Scales;
import org.ogptracker.reports.domain.Scorecard;
import org.ogptracker.reports.domain.Stage;

/** Gathers what the government says of a commitment and what the IRM says. */
@ApplicationScoped
public class ScorecardService {
  private final EntityManager em;

  ScorecardService(EntityManager em) {
    this.em = em;
  }

  /**
   * What a scorecard shows.
   *
   * @param commitment null when only the IRM's record is known
   * @param irm null when the IRM has published nothing on it
   * @param selfAssessed each stage's latest published self-assessment of its completion
   * @param irmReports the published IRM reports that assessed it, oldest first
   */
  public record Card(String commitmentId, CommitmentReplica commitment,
      List<MilestoneReplica> milestones, Scales.Completion fromMilestones,
      Map<Stage, Scorecard.Sourced> selfAssessed, CommitmentAssessment irm, IrmRecord record,
      List<Report> irmReports, List<Scorecard.Disagreement> disagreements) {}

  @Transactional
  public Card card(String commitmentId) {
    CommitmentReplica c = em.find(CommitmentReplica.class, commitmentId);
    CommitmentAssessment irm = em.find(CommitmentAssessment.class, commitmentId);
    if (c == null && irm == null) {
      throw Problems.notFound("commitment", commitmentId);
    }
    List<MilestoneReplica> milestones = em.createQuery(
            "from MilestoneReplica where commitmentId = :c order by id", MilestoneReplica.class)
        .setParameter("c", commitmentId).getResultList();
    Scales.Completion fromMilestones = Scorecard.fromMilestones(milestones.stream()
        .map(m -> new Scorecard.MilestoneState(MilestoneStatus.fromCode(m.status),
            m.percentComplete)).toList());
    List<Object[]> published = em.createQuery("select r, a from Report r, Assessment a "
            + "where a.id.reportId = r.id and a.id.commitmentId = :c "
            + "and r.status = org.ogptracker.reports.domain.ReportStatus.PUBLISHED "
            + "order by r.publishedOn nulls first, r.reportVersion", Object[].class)
        .setParameter("c", commitmentId).getResultList();
    Map<Stage, Scorecard.Sourced> selfAssessed = new EnumMap<>(Stage.class);
    List<Report> irmReports = new ArrayList<>();
    for (Object[] row : published) {
      Report r = (Report) row[0];
      if (r.kind.byGovernment()) { // later ones replace earlier ones
        selfAssessed.put(r.kind.stage(), new Scorecard.Sourced(((Assessment) row[1]).indicators()
            .read(IndicatorField.COMPLETION, Scales.Completion.class), r.id));
      } else {
        irmReports.add(r);
      }
    }
    IrmRecord record = irm == null ? IrmRecord.empty() : irm.record();
    Map<Stage, Scorecard.Sourced> irmCompletion = new EnumMap<>(Stage.class);
    if (irm != null) {
      irmCompletion.put(Stage.MIDTERM,
          new Scorecard.Sourced(record.completion(Stage.MIDTERM), irm.designReportId));
      irmCompletion.put(Stage.END_OF_TERM,
          new Scorecard.Sourced(record.completion(Stage.END_OF_TERM), irm.resultsReportId));
    }
    return new Card(commitmentId, c, milestones, fromMilestones, selfAssessed, irm, record,
        irmReports, Scorecard.disagreements(fromMilestones, selfAssessed, irmCompletion));
  }
}
