package org.ogptracker.countries.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ogptracker.countries.domain.Member;
import org.ogptracker.countries.domain.MemberKind;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.Region;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;

/** Members by code, and filtered lists in code order. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

  /** Filters of the member list; null means any. */
  public record Filter(Region region, MemberKind kind, MemberStatus status, String q) {}

  public Member require(String code) {
    return findByIdOptional(code).orElseThrow(() -> Problems.notFound("member", code));
  }

  /** Up to {@code limit + 1} members after the cursor, so the caller knows if more follow. */
  public List<Member> list(Filter f, PageRequest page) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (f.region() != null) {
      where.add("region = :region");
      params.and("region", f.region());
    }
    if (f.kind() != null) {
      where.add("kind = :kind");
      params.and("kind", f.kind());
    }
    if (f.status() != null) {
      where.add("status = :status");
      params.and("status", f.status());
    }
    if (f.q() != null) {
      where.add("(lower(name) like :q escape '\\' or code = :code)");
      params.and("q", "%" + likeEscaped(f.q().toLowerCase(Locale.ROOT)) + "%")
          .and("code", f.q().toUpperCase(Locale.ROOT));
    }
    if (!page.first()) {
      where.add("code > :after");
      params.and("after", page.after(0));
    }
    String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by code";
    return find(query, params).page(0, page.limit() + 1).list();
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
