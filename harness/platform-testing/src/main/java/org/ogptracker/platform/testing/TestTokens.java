package org.ogptracker.platform.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Bearer tokens for tests, signed with the test key the services under test trust. */
public final class TestTokens {
  private TestTokens() {}

  public static String admin() {
    return token("admin", null);
  }

  public static String reviewer() {
    return token("reviewer", null);
  }

  public static String government(String country) {
    return token("government", country);
  }

  public static String token(String role, String country) {
    var claims = Jwt.issuer(issuer())
        .subject(role + "-" + UUID.randomUUID().toString().substring(0, 8))
        .groups(Set.of(role))
        .expiresIn(Duration.ofMinutes(30));
    if (country != null) {
      claims.claim("country", country);
    }
    return claims.sign();
  }

  /**
   * A token of a caller of its own (a fresh subject) whose user principal name ({@code upn},
   * what the principal is named by) is {@code name}: as two identity providers may name two
   * different people alike.
   */
  public static String named(String role, String name) {
    return Jwt.issuer(issuer()).subject(role + "-" + UUID.randomUUID().toString().substring(0, 8))
        .upn(name).groups(Set.of(role)).expiresIn(Duration.ofMinutes(30)).sign();
  }

  /** A token that expired a minute ago. */
  public static String expired(String role) {
    return Jwt.issuer(issuer()).subject("expired").groups(Set.of(role))
        .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(60))
        .sign();
  }

  /** A well-formed token of the suite's issuer, signed with a key nobody trusts. */
  public static String forged(String role) {
    try {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return Jwt.issuer(issuer()).subject("mallory").groups(Set.of(role))
          .sign(rsa.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** "Authorization" header value for a token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String issuer() {
    return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
  }
}
