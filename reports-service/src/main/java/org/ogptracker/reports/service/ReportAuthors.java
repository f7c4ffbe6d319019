package org.ogptracker.reports.service;

import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;
import org.ogptracker.reports.domain.ReportKind;

/**
 * Who writes which report: a self-assessment is its member's government's (or an admin's); an
 * IRM report a reviewer's. Drafts are seen only by those who may write them.
 */
final class ReportAuthors {
  private ReportAuthors() {}

  static boolean mayWrite(ReportKind kind, String memberCode, Caller caller) {
    if (kind.byGovernment()) {
      return caller.actsFor(memberCode);
    }
    return caller.is(Roles.REVIEWER);
  }

  static void requireAuthor(ReportKind kind, String memberCode, Caller caller) {
    if (!mayWrite(kind, memberCode, caller)) {
      throw Problems.forbidden(kind.byGovernment()
          ? "A " + kind.code() + " is written by the government of member '" + memberCode + "'"
          : "IRM reports are written by reviewers");
    }
  }
}
