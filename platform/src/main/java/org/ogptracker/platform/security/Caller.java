package org.ogptracker.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ogptracker.platform.problem.Problems;

/** Who is calling: the token's subject, roles and member, and the checks rules need of them. */
@RequestScoped
public class Caller {
  public static final String COUNTRY_CLAIM = "country";

  private final SecurityIdentity identity;
  private final JsonWebToken jwt;

  Caller(SecurityIdentity identity, JsonWebToken jwt) {
    this.identity = identity;
    this.jwt = jwt;
  }

  /**
   * The token's subject ({@code sub}), or {@code anonymous}. Not the principal's name, which
   * prefers {@code upn} or {@code preferred_username}: names two identity providers may both
   * give out, where a subject is unique.
   */
  public String subject() {
    if (identity.isAnonymous()) {
      return "anonymous";
    }
    String sub = jwt.getSubject();
    return sub != null ? sub : identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  /** The member code of a government token, null for other tokens. */
  public String country() {
    Object claim = jwt.getClaim(COUNTRY_CLAIM);
    return claim == null ? null : claim.toString();
  }

  /** Admins act for any member; government staff only for the member in their token. */
  public boolean actsFor(String memberCode) {
    return is(Roles.ADMIN)
        || is(Roles.GOVERNMENT) && memberCode != null && memberCode.equals(country());
  }

  /**
   * {@link #actsFor} or 403. Role checks ({@code @RolesAllowed}) come first; this adds the
   * member check.
   */
  public void requireActsFor(String memberCode) {
    if (!actsFor(memberCode)) {
      throw Problems.forbidden("This token may not write for member '" + memberCode + "'");
    }
  }

}
