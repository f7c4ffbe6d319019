package org.ogptracker.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.outbox.Outbox;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;
import org.ogptracker.platform.web.Problem.FieldError;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.CommitmentReplica;
import org.ogptracker.reports.domain.Indicators;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.ReportStatus;
import org.ogptracker.reports.events.ReportEvents;

/**
 * Use cases on reports: drafts, their assessments, publication and corrections. A published
 * report never changes; publishing writes the report's event, and for IRM reports the
 * commitments' latest IRM record, in the same transaction.
 */
@ApplicationScoped
public class ReportService {
  private final EntityManager em;
  private final Outbox outbox;
  private final IrmRecords irmRecords;
  private final Clock clock;

  ReportService(EntityManager em, Outbox outbox, IrmRecords irmRecords, Clock clock) {
    this.em = em;
    this.outbox = outbox;
    this.irmRecords = irmRecords;
    this.clock = clock;
  }

  /** A new report on a plan, or (with {@code corrects}) a correction of a published one. */
  public record NewReport(String planId, ReportKind kind, String corrects, String summary,
      List<String> documentUrls) {}

  /** Filters of the report list; null means any. */
  public record Filter(String country, String plan, ReportKind kind, ReportStatus status) {}

  /** An assessment written, and whether it is new. */
  public record Written(Assessment assessment, boolean created) {}

  /**
   * A draft. A plan has one line of reports per kind: the first is version 1, each correction
   * the next version, made from a published report and starting with its assessments.
   */
  @Transactional
  public Report create(NewReport n, Caller caller) {
    Report corrected = null;
    String planId;
    String member;
    ReportKind kind;
    if (n.corrects() != null) {
      corrected = em.find(Report.class, n.corrects());
      if (corrected == null || !visible(corrected, caller)) {
        throw Problems.unprocessable("unknown-report", "No report '" + n.corrects() + "' to correct");
      }
      if (n.planId() != null && !n.planId().equals(corrected.planId)
          || n.kind() != null && n.kind() != corrected.kind) {
        throw Problems.unprocessable("correction-mismatch", "A correction keeps the plan and "
            + "kind of " + corrected.id + ": " + corrected.planId + ", " + corrected.kind.code());
      }
      planId = corrected.planId;
      member = corrected.memberCode;
      kind = corrected.kind;
      ReportAuthors.requireAuthor(kind, member, caller);
      em.refresh(corrected, LockModeType.PESSIMISTIC_WRITE); // corrections of it queue here
      if (!corrected.published()) {
        throw Problems.conflict("Report " + corrected.id + " is a draft: change it instead");
      }
      Report latest = latest(planId, kind);
      if (!latest.id.equals(corrected.id)) {
        throw Problems.conflict("Report " + corrected.id + " is corrected by " + latest.id
            + "; a correction corrects the latest version");
      }
    } else {
      List<FieldError> missing = new ArrayList<>();
      if (n.planId() == null) {
        missing.add(new FieldError("planId", "must not be null"));
      }
      if (n.kind() == null) {
        missing.add(new FieldError("kind", "must not be null"));
      }
      if (!missing.isEmpty()) {
        throw Problems.invalid(missing);
      }
      PlanReplica plan = em.find(PlanReplica.class, n.planId());
      if (plan == null) {
        throw Problems.conflict("Plan '" + n.planId() + "' is not known (yet) to reports-service");
      }
      planId = plan.id;
      member = plan.memberCode;
      kind = n.kind();
      ReportAuthors.requireAuthor(kind, member, caller);
      lockLine(planId, kind);
      Report existing = latest(planId, kind);
      if (existing != null) {
        throw Problems.conflict("Plan " + planId + " has its " + kind.code() + ": "
            + existing.id + "; to change a published report, create a correction of it "
            + "(corrects)");
      }
    }
    Report r = Report.draft(planId, member, kind, corrected, n.summary(), n.documentUrls(),
        caller.subject(), clock.instant());
    em.persist(r);
    if (corrected != null) {
      for (Assessment a : assessments(corrected.id)) {
        em.persist(Assessment.of(r.id, a.id.commitmentId(), a.indicators(), a.note,
            a.assessedBy, a.assessedAt));
      }
    }
    em.flush();
    return r;
  }

  /**
   * The indicators of one commitment in a draft: created, or replaced when If-Match names the
   * version read ({@link Etags#requireForPut}).
   */
  @Transactional
  public Written assess(String reportId, String commitmentId, Map<String, Object> given,
      String note, String ifMatch, String ifNoneMatch, Caller caller) {
    Report r = draftToChange(reportId, caller);
    CommitmentReplica c = em.find(CommitmentReplica.class, commitmentId);
    if (c == null || !c.planId.equals(r.planId)) {
      throw Problems.unprocessable("unknown-commitment", "Commitment '" + commitmentId
          + "' is not known (yet) as a commitment of plan " + r.planId);
    }
    List<Indicators.FieldProblem> errors = new ArrayList<>();
    Indicators indicators = Indicators.parse(r.kind, given, errors);
    if (!errors.isEmpty()) {
      throw Problems.invalid(errors.stream()
          .map(e -> new FieldError(e.field(), e.message())).toList());
    }
    Instant now = clock.instant();
    Assessment a = em.find(Assessment.class, new Assessment.Key(r.id, commitmentId));
    boolean created = a == null;
    Etags.requireForPut(ifMatch, ifNoneMatch, created ? null : a.version);
    if (created) {
      a = Assessment.of(r.id, commitmentId, indicators, note, caller.subject(), now);
      em.persist(a);
    } else {
      a.set(indicators, note, caller.subject(), now);
    }
    r.updatedAt = now;
    em.flush();
    return new Written(a, created);
  }

  /** Publishes a draft: it never changes again. */
  @Transactional
  public Report publish(String reportId, String ifMatch, Caller caller) {
    Report r = lockForAuthor(reportId, caller);
    Etags.requireMatchIfSent(ifMatch, r.version);
    if (r.published()) {
      throw Problems.conflict("Report " + r.id + " is published and cannot change; "
          + "publish a correction instead");
    }
    if (!r.publishable()) {
      throw Problems.conflict("An IRM report is published with a second reviewer's approval of "
          + "it as it stands (POST /api/v1/reports/" + r.id + "/approval with its ETag)"
          + (r.approvedBy == null ? "" : "; it changed since " + r.approvedBy + " approved it"));
    }
    r.publish(LocalDate.now(clock), clock.instant());
    List<Assessment> assessed = assessments(r.id);
    irmRecords.apply(r, assessed);
    em.flush();
    outbox.add(ReportEvents.published(r, assessed.size()));
    return r;
  }

  /**
   * A second reviewer's approval of an IRM draft as it stands ({@code ifMatch}, required: what
   * the approver read): the four eyes its publication needs. Not from one of its writers (who
   * created it or assessed any of its commitments). Recorded beside the report's version, so the
   * ETag stays and any change after leaves the approval behind.
   */
  @Transactional
  public Report approve(String reportId, String ifMatch, Caller caller) {
    Report r = draftToChange(reportId, caller);
    if (r.kind.byGovernment()) {
      throw Problems.conflict("A " + r.kind.code() + " is the government's own account; only "
          + "IRM reports are approved");
    }
    Etags.requireMatch(ifMatch, r.version);
    String approver = caller.subject();
    if (approver.equals(r.createdBy)
        || assessments(r.id).stream().anyMatch(a -> approver.equals(a.assessedBy))) {
      throw Problems.forbidden("You wrote part of report " + r.id + "; a reviewer who wrote "
          + "none of it approves it");
    }
    em.createNativeQuery("""
            update report set approved_by = ?1, approved_at = ?2, approved_version = version
            where id = ?3""")
        .setParameter(1, approver).setParameter(2, clock.instant()).setParameter(3, r.id)
        .executeUpdate();
    em.refresh(r);
    return r;
  }

  /** A report the caller may see: published, or a draft the caller may write. */
  @Transactional
  public Report find(String reportId, Caller caller) {
    Report r = em.find(Report.class, reportId);
    if (r == null || !visible(r, caller)) {
      throw Problems.notFound("report", reportId);
    }
    return r;
  }

  /** One commitment's assessment in a report the caller may see. */
  @Transactional
  public Assessment assessment(String reportId, String commitmentId, Caller caller) {
    find(reportId, caller);
    Assessment a = em.find(Assessment.class, new Assessment.Key(reportId, commitmentId));
    if (a == null) {
      throw Problems.notFound("assessment of commitment", commitmentId + "' in report '"
          + reportId);
    }
    return a;
  }

  @Transactional
  public List<Assessment> assessments(String reportId, PageRequest page, Caller caller) {
    find(reportId, caller);
    return em.createQuery("from Assessment where id.reportId = :r and id.commitmentId > :after "
            + "order by id.commitmentId", Assessment.class)
        .setParameter("r", reportId).setParameter("after", page.first() ? "" : page.after(0))
        .setMaxResults(page.limit() + 1).getResultList();
  }

  /** Reports in id order: published ones, and the drafts the caller may write. */
  @Transactional
  public List<Report> list(Filter f, PageRequest page, Caller caller) {
    List<String> where = new ArrayList<>();
    where.add(visibleClause(caller));
    if (f.country() != null) {
      where.add("memberCode = :country");
    }
    if (f.plan() != null) {
      where.add("planId = :plan");
    }
    if (f.kind() != null) {
      where.add("kind = :kind");
    }
    if (f.status() != null) {
      where.add("status = :status");
    }
    if (!page.first()) {
      where.add("id > :after");
    }
    var q = em.createQuery("from Report where " + String.join(" and ", where) + " order by id",
        Report.class);
    if (where.get(0).contains(":callerCountry")) {
      q.setParameter("callerCountry", caller.country());
    }
    if (f.country() != null) {
      q.setParameter("country", f.country());
    }
    if (f.plan() != null) {
      q.setParameter("plan", f.plan());
    }
    if (f.kind() != null) {
      q.setParameter("kind", f.kind());
    }
    if (f.status() != null) {
      q.setParameter("status", f.status());
    }
    if (!page.first()) {
      q.setParameter("after", page.after(0));
    }
    return q.setMaxResults(page.limit() + 1).getResultList();
  }

  private static String visibleClause(Caller caller) {
    String domain = "org.ogptracker.reports.domain.";
    String published = "(status = " + domain + "ReportStatus.PUBLISHED";
    String selfAssessment = "kind in (" + domain + "ReportKind.SELF_ASSESSMENT_MIDTERM, "
        + domain + "ReportKind.SELF_ASSESSMENT_END_OF_TERM)";
    if (caller.is(Roles.REVIEWER)) {
      published += " or not " + selfAssessment;
    }
    if (caller.is(Roles.ADMIN)) {
      published += " or " + selfAssessment;
    } else if (caller.is(Roles.GOVERNMENT) && caller.country() != null) {
      published += " or " + selfAssessment + " and memberCode = :callerCountry";
    }
    return published + ")";
  }

  private static boolean visible(Report r, Caller caller) {
    return r.published() || ReportAuthors.mayWrite(r.kind, r.memberCode, caller);
  }

  private Report draftToChange(String reportId, Caller caller) {
    Report r = lockForAuthor(reportId, caller);
    if (r.published()) {
      throw Problems.conflict("Report " + r.id + " is published and cannot change; "
          + "publish a correction instead");
    }
    return r;
  }

  /**
   * The report, once the caller is known to be one of its authors, re-read under its row lock:
   * assessments, publication and corrections of one report queue, and a caller who is refused
   * never waits for the lock nor holds it.
   */
  private Report lockForAuthor(String reportId, Caller caller) {
    Report r = em.find(Report.class, reportId);
    if (r == null || !visible(r, caller)) {
      throw Problems.notFound("report", reportId);
    }
    ReportAuthors.requireAuthor(r.kind, r.memberCode, caller);
    em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    return r;
  }

  List<Assessment> assessments(String reportId) {
    return em.createQuery("from Assessment where id.reportId = :r order by id.commitmentId",
        Assessment.class).setParameter("r", reportId).getResultList();
  }

  private Report latest(String planId, ReportKind kind) {
    return em.createQuery("from Report where planId = :p and kind = :k "
            + "order by reportVersion desc", Report.class)
        .setParameter("p", planId).setParameter("k", kind).setMaxResults(1)
        .getResultStream().findFirst().orElse(null);
  }

  /** Serializes the first report of a kind on a plan: two at once get one 201 and one 409. */
  private void lockLine(String planId, ReportKind kind) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "report:" + planId + ":" + kind.name()).getSingleResult();
  }
}
