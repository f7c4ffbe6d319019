package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.domain.PlanStatus;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.db.SqlValues;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.outbox.OutboxEvent;

/**
 * Writes one batch of imported progress updates in one transaction, set-wise: the batch's
 * milestones locked in id order (as a live update locks its one), the new updates inserted in one
 * statement, each milestone moved to its latest, and a {@code progress-reported} event per update.
 */
@ApplicationScoped
public class ProgressImportWriter {
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  ProgressImportWriter(EntityManager em, Outbox outbox, Clock clock) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A milestone of the batch, its owners and its latest update so far. */
  private static final class Target {
    String commitmentId;
    String planId;
    String memberCode;
    boolean takesProgress;
    Milestone.Standing standing;
    Instant latest;
    int added;
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public void write(List<ProgressImporter.Row> batch, BulkReport.Tally tally) {
    List<ProgressImporter.Row> rows = new ArrayList<>(batch);
    rows.sort(Comparator.comparing(ProgressImporter.Row::milestoneId)
        .thenComparing(ProgressImporter.Row::reportedAt));
    String[] milestoneIds = rows.stream().map(ProgressImporter.Row::milestoneId).distinct()
        .toArray(String[]::new);
    Map<String, Target> targets = new HashMap<>();
    List<Object[]> found = em.createNativeQuery("""
            select m.id, m.commitment_id, c.plan_id, c.member_code, p.status,
                   (select max(u.reported_at) from progress_update u where u.milestone_id = m.id),
                   m.status, m.percent_complete, m.updates, m.version
            from milestone m join commitment c on c.id = m.commitment_id
                 join action_plan p on p.id = c.plan_id
            where m.id = any(cast(?1 as text[]))
            order by m.id
            for update of m for share of p""")
        .setParameter(1, milestoneIds).getResultList();
    for (Object[] r : found) {
      Target t = new Target();
      t.commitmentId = (String) r[1];
      t.planId = (String) r[2];
      t.memberCode = (String) r[3];
      t.takesProgress = PlanStatus.valueOf((String) r[4]).takesProgress();
      t.latest = r[5] == null ? null : SqlValues.instant(r[5]);
      t.standing = new Milestone.Standing(MilestoneStatus.valueOf((String) r[6]),
          ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).longValue());
      targets.put((String) r[0], t);
    }
    Set<String> existing = existing(rows, targets);
    List<ProgressImporter.Row> accepted = new ArrayList<>();
    for (ProgressImporter.Row row : rows) {
      Target t = targets.get(row.milestoneId());
      if (t == null) {
        tally.skip(row.line(), "no milestone " + row.milestoneId());
      } else if (!t.takesProgress) {
        tally.skip(row.line(), "the plan of " + row.milestoneId() + " was withdrawn");
      } else if (t.latest != null && !row.reportedAt().isAfter(t.latest)) {
        if (existing.contains(key(row.milestoneId(), row.reportedAt()))) {
          tally.unchanged++;
        } else {
          tally.skip(row.line(), row.milestoneId() + " already has an update at " + t.latest
              + "; history is appended in time order");
        }
      } else {
        t.latest = row.reportedAt();
        t.added++;
        accepted.add(row);
      }
    }
    if (accepted.isEmpty()) {
      return;
    }
    Map<String, Long> ids = insert(accepted);
    List<OutboxEvent> events = new ArrayList<>(accepted.size());
    for (ProgressImporter.Row r : accepted) { // in time order per milestone
      Target t = targets.get(r.milestoneId());
      t.standing = t.standing.after(r.progress()); // what a live report does, one by one
      events.add(CommitmentEvents.progressReported(new CommitmentEvents.ProgressData(
          ids.get(key(r.milestoneId(), r.reportedAt())), r.milestoneId(), t.commitmentId,
          t.planId, t.memberCode, r.progress().status().code(), r.progress().percentComplete(),
          r.note(), r.evidence(), r.author(), r.reportedAt(), t.standing.version())));
    }
    moveMilestones(targets);
    outbox.addAll(events);
    tally.created += accepted.size();
  }

  /** (milestone, time) of the updates already stored, for the milestones with older rows. */
  @SuppressWarnings("unchecked")
  private Set<String> existing(List<ProgressImporter.Row> rows, Map<String, Target> targets) {
    String[] older = rows.stream().filter(r -> {
      Target t = targets.get(r.milestoneId());
      return t != null && t.latest != null && !r.reportedAt().isAfter(t.latest);
    }).map(ProgressImporter.Row::milestoneId).distinct().toArray(String[]::new);
    Set<String> keys = new HashSet<>();
    if (older.length > 0) {
      List<Object[]> stored = em.createNativeQuery("select milestone_id, reported_at "
              + "from progress_update where milestone_id = any(cast(?1 as text[]))")
          .setParameter(1, older).getResultList();
      stored.forEach(s -> keys.add(key((String) s[0], SqlValues.instant(s[1]))));
    }
    return keys;
  }

  /** Inserts the updates in one statement; their ids by (milestone, time). */
  @SuppressWarnings("unchecked")
  private Map<String, Long> insert(List<ProgressImporter.Row> rows) {
    int n = rows.size();
    String[][] columns = new String[7][n];
    for (int i = 0; i < n; i++) {
      ProgressImporter.Row r = rows.get(i);
      columns[0][i] = r.milestoneId();
      columns[1][i] = r.progress().status().name();
      columns[2][i] = Integer.toString(r.progress().percentComplete());
      columns[3][i] = r.note();
      columns[4][i] = r.evidence().isEmpty() ? null : String.join(" ", r.evidence());
      columns[5][i] = r.author();
      columns[6][i] = r.reportedAt().toString();
    }
    var query = em.createNativeQuery("""
        insert into progress_update (milestone_id, status, percent_complete, note, evidence_urls,
                                     author, reported_at)
        select u.m, u.s, cast(u.p as smallint), u.n,
               coalesce(string_to_array(u.e, ' '), '{}'), u.a, cast(u.r as timestamptz)
        from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                    cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]))
             with ordinality as u(m, s, p, n, e, a, r, o)
        order by u.o
        returning id, milestone_id, reported_at""");
    for (int c = 0; c < columns.length; c++) {
      query.setParameter(c + 1, columns[c]);
    }
    Map<String, Long> ids = new LinkedHashMap<>();
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      ids.put(key((String) r[1], SqlValues.instant(r[2])), ((Number) r[0]).longValue());
    }
    return ids;
  }

  /** Each milestone that got updates is stored as it now stands. */
  private void moveMilestones(Map<String, Target> targets) {
    List<Map.Entry<String, Target>> moved = targets.entrySet().stream()
        .filter(e -> e.getValue().added > 0).toList();
    int n = moved.size();
    String[][] columns = new String[5][n];
    for (int i = 0; i < n; i++) {
      Milestone.Standing s = moved.get(i).getValue().standing;
      columns[0][i] = moved.get(i).getKey();
      columns[1][i] = s.status().name();
      columns[2][i] = Integer.toString(s.percentComplete());
      columns[3][i] = Integer.toString(s.updates());
      columns[4][i] = Long.toString(s.version());
    }
    em.createNativeQuery("""
            update milestone m set status = x.s, percent_complete = cast(x.p as smallint),
                   updates = cast(x.n as int), version = cast(x.v as bigint), updated_at = ?6
            from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),
                        cast(?4 as text[]), cast(?5 as text[])) as x(id, s, p, n, v)
            where m.id = x.id""")
        .setParameter(1, columns[0]).setParameter(2, columns[1]).setParameter(3, columns[2])
        .setParameter(4, columns[3]).setParameter(5, columns[4])
        .setParameter(6, clock.instant())
        .executeUpdate();
  }

  private static String key(String milestoneId, Instant at) {
    return milestoneId + "@" + at;
  }
}
