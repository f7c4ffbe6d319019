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
    var claims = Jwt.issuer(issuer()).audience(audience())
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
    return Jwt.issuer(issuer()).audience(audience())
        .subject(role + "-" + UUID.randomUUID().toString().substring(0, 8)).upn(name).groups(Set.of(role)).expiresIn(Duration.ofMinutes(30)).sign();
  }

  /**
   * A government token as an identity provider issues it to a ministry's system by OAuth2
   * client credentials (Keycloak's shape): the service account's id as subject, the client in
   * {@code azp}, a {@code preferred_username} of the service account, the role and the member
   * from claim mappers, scopes, and no user principal name.
   */
  public static String clientCredentials(String member, String clientId) {
    return Jwt.issuer(issuer()).audience(audience()).subject(UUID.randomUUID().toString())
        .claim("azp", clientId).claim("preferred_username", "service-account-" + clientId)
        .claim("typ", "Bearer").claim("scope", "profile ogp-tracker")
        .claim("country", member).groups(Set.of("government"))
        .expiresIn(Duration.ofMinutes(5)).sign();
  }

  /** A token that expired a minute ago. */
  public static String expired(String role) {
    return Jwt.issuer(issuer()).audience(audience()).subject("expired").groups(Set.of(role))
        .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(60))
        .sign();
  }

  /** A well-formed token of the suite's issuer, signed with a key nobody trusts. */
  public static String forged(String role) {
    try {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      return Jwt.issuer(issuer()).audience(audience()).subject("mallory").groups(Set.of(role))
          .sign(rsa.generateKeyPair().getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid token in all but its audience: one another API's identity provider issued. */
  public static String forAudience(String role, String audience) {
    return Jwt.issuer(issuer()).audience(audience).subject(role + "-elsewhere")
        .groups(Set.of(role)).expiresIn(Duration.ofMinutes(30)).sign();
  }

  /** A token with no audience at all. */
  public static String withoutAudience(String role) {
    return Jwt.issuer(issuer()).subject(role + "-no-aud").groups(Set.of(role))
        .expiresIn(Duration.ofMinutes(30)).sign();
  }

  /** A token issued {@code ago} and not yet expired (it expires in an hour). */
  public static String issued(String role, Duration ago) {
    return Jwt.issuer(issuer()).audience(audience()).subject(role + "-old")
        .groups(Set.of(role)).issuedAt(Instant.now().minus(ago))
        .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign();
  }

  /** The {@code sub} claim of a token (its payload read, its signature not checked). */
  public static String subjectOf(String token) {
    try {
      byte[] payload = java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]);
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).get("sub")
          .asText();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a JWT: " + token, e);
    }
  }

  /** "Authorization" header value for a token. */
  public static String bearer(String token) {
    return "Bearer " + token;
  }

  /** The audience the services under test expect (the first, if several). */
  private static String audience() {
    return ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.audiences", String.class)
        .orElse("ogp-tracker").split(",")[0].trim();
  }

  private static String issuer() {
    return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
  }
}
