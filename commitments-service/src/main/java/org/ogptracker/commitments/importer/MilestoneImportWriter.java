package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.outbox.OutboxEvent;
import org.ogptracker.platform.outbox.Outbox;

/**
 * Writes one batch of imported milestones in one transaction, set-wise (a statement per batch,
 * not per row), with a {@code milestone-added} event for each milestone created.
 */
@ApplicationScoped
public class MilestoneImportWriter {
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  MilestoneImportWriter(EntityManager em, Outbox outbox, Clock clock) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** The plan and member of a commitment. */
  private record Owner(String planId, String memberCode) {}

  @Transactional
  @SuppressWarnings("unchecked")
  public void write(List<MilestoneImporter.Row> batch, BulkReport.Tally tally) {
    Map<String, Owner> owners = new HashMap<>();
    List<Object[]> found = em.createNativeQuery(
            "select id, plan_id, member_code from commitment where id = any(cast(?1 as text[]))")
        .setParameter(1, batch.stream().map(MilestoneImporter.Row::commitmentId).distinct()
            .toArray(String[]::new))
        .getResultList();
    found.forEach(r -> owners.put((String) r[0], new Owner((String) r[1], (String) r[2])));
    List<MilestoneImporter.Row> accepted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MilestoneImporter.Row row : batch) {
      if (!owners.containsKey(row.commitmentId())) {
        tally.skip(row.line(), "no commitment " + row.commitmentId());
      } else if (!seen.add(row.milestoneId())) {
        tally.unchanged++; // the same milestone twice in a file: the first one counts
      } else {
        accepted.add(row);
      }
    }
    if (accepted.isEmpty()) {
      return;
    }
    int n = accepted.size();
    String[] ids = new String[n];
    String[] commitments = new String[n];
    String[] numbers = new String[n];
    String[] descriptions = new String[n];
    String[] dues = new String[n];
    for (int i = 0; i < n; i++) {
      MilestoneImporter.Row r = accepted.get(i);
      ids[i] = r.milestoneId();
      commitments[i] = r.commitmentId();
      numbers[i] = Integer.toString(r.number());
      descriptions[i] = r.description();
      dues[i] = r.dueDate() == null ? null : r.dueDate().toString();
    }
    Set<String> created = new HashSet<>(em.createNativeQuery("""
            insert into milestone (id, commitment_id, number, description, due_date, status,
                                   percent_complete, updates, version, created_at, updated_at)
            select m.id, m.commitment_id, cast(m.number as int), m.description, cast(m.due as date),
                   ?6, 0, 0, 0, ?7, ?7
            from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]),
                        cast(?4 as text[]), cast(?5 as text[]))
                 as m(id, commitment_id, number, description, due)
            on conflict do nothing
            returning id""")
        .setParameter(1, ids).setParameter(2, commitments).setParameter(3, numbers)
        .setParameter(4, descriptions).setParameter(5, dues)
        .setParameter(6, MilestoneStatus.NOT_STARTED.name())
        .setParameter(7, clock.instant())
        .getResultList());
    List<OutboxEvent> events = new ArrayList<>(created.size());
    for (MilestoneImporter.Row r : accepted) {
      if (created.contains(r.milestoneId())) {
        Owner o = owners.get(r.commitmentId());
        events.add(CommitmentEvents.milestoneAdded(new CommitmentEvents.MilestoneData(
            r.milestoneId(), r.commitmentId(), o.planId(), o.memberCode(), r.description(),
            r.dueDate(), MilestoneStatus.NOT_STARTED.code(), 0, 0)));
      }
    }
    outbox.addAll(events);
    tally.created += created.size();
    tally.unchanged += n - created.size();
  }
}
