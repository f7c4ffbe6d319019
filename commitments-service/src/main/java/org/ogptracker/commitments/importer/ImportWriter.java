package org.ogptracker.commitments.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.commitments.importer.OgpExportImporter.CommitmentRow;
import org.ogptracker.commitments.importer.OgpExportImporter.PlanRow;
import org.ogptracker.platform.outbox.Outbox;

/**
 * Writes one imported plan and its commitments in one transaction, with their events. Imports
 * record history: the rule that only an active member gets a new plan governs new plans, not the
 * record of past ones.
 */
@ApplicationScoped
public class ImportWriter {
  private final EntityManager em;
  private final Outbox outbox;
  private final Clock clock;

  ImportWriter(EntityManager em, Outbox outbox, Clock clock) {
    this.em = em;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** What one call wrote. */
  public record Written(boolean planCreated, int commitmentsCreated) {}

  @Transactional
  public Written write(PlanRow row, List<CommitmentRow> commitments) {
    Instant now = clock.instant();
    boolean planCreated = false;
    if (em.find(ActionPlan.class, row.id()) == null) {
      ActionPlan plan = ActionPlan.imported(row.memberCode(), row.number(), row.period(),
          row.status(), now);
      em.persist(plan);
      em.flush();
      outbox.add(CommitmentEvents.planCreated(plan));
      planCreated = true;
    }
    int created = 0;
    for (CommitmentRow r : commitments) {
      if (em.find(Commitment.class, r.id()) != null) {
        continue;
      }
      Commitment c = new Commitment();
      c.id = r.id();
      c.planId = row.id();
      c.memberCode = row.memberCode();
      c.createdAt = now;
      org.ogptracker.commitments.service.CommitmentService.apply(c, r.draft(), now);
      em.persist(c);
      em.flush();
      outbox.add(CommitmentEvents.commitment(CommitmentEvents.COMMITMENT_REGISTERED, c));
      created++;
    }
    return new Written(planCreated, created);
  }
}
