package org.ogptracker.platform.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A token is verified (smallrye-jwt's own parser, a real RS256 key) once while it stays valid,
 * never past its expiry, its allowed age or the keeping limit, and a refused or altered token is
 * refused every time. The clock the keeping runs on is the test's.
 */
class VerifiedTokensTest {
  private static final String ISSUER = "https://ogp-tracker.test";
  private static final long MAX_AGE = 3600;
  private static KeyPair keys;

  private final AtomicLong ticker = new AtomicLong();
  private final AtomicInteger verifications = new AtomicInteger();
  private final VerifiedTokens tokens = new VerifiedTokens(
      new DefaultJWTParser(new JWTAuthContextInfo(keys.getPublic(), ISSUER)) {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
          verifications.incrementAndGet();
          return super.parse(token);
        }
      }, Optional.of(MAX_AGE), Duration.ofSeconds(60), ticker::get, VerifiedTokensTest::now);

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    keys = g.generateKeyPair();
  }

  @Test
  void a_token_is_verified_once_while_it_stays_valid() throws Exception {
    String token = token("alice", now() - 10, now() + 600);
    assertEquals("alice", tokens.parse(token).getSubject());
    assertEquals("alice", tokens.parse(token).getSubject());
    after(59);
    assertEquals("alice", tokens.parse(token).getSubject());
    assertEquals(1, verifications.get());
  }

  @Test
  void another_token_is_verified_on_its_own() throws Exception {
    tokens.parse(token("alice", now() - 10, now() + 600));
    assertEquals("bob", tokens.parse(token("bob", now() - 10, now() + 600)).getSubject());
    assertEquals(2, verifications.get());
  }

  @Test
  void a_kept_token_altered_by_one_character_is_refused() throws Exception {
    String token = token("alice", now() - 10, now() + 600);
    tokens.parse(token);
    // The signature's first character: all six of its bits are the signature's (the last
    // character's low bits are padding, so changing only those changes nothing).
    int at = token.lastIndexOf('.') + 1;
    String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A')
        + token.substring(at + 1);
    assertThrows(ParseException.class, () -> tokens.parse(forged));
    String otherSubject = token.replaceFirst("\\.[^.]+\\.", "." + payload("mallory") + ".");
    assertThrows(ParseException.class, () -> tokens.parse(otherSubject));
  }

  @Test
  void a_refused_token_is_refused_every_time() throws Exception {
    String expired = token("alice", now() - 700, now() - 100);
    assertThrows(ParseException.class, () -> tokens.parse(expired));
    assertThrows(ParseException.class, () -> tokens.parse(expired));
    assertEquals(2, verifications.get());
  }

  @Test
  void kept_no_longer_than_its_expiry() throws Exception {
    String token = token("alice", now() - 10, now() + 5);
    tokens.parse(token);
    after(6);
    tokens.parse(token); // verified again (by the real clock it is still valid)
    assertEquals(2, verifications.get());
  }

  @Test
  void kept_no_longer_than_its_allowed_age() throws Exception {
    String token = token("alice", now() - MAX_AGE + 20, now() + 600);
    tokens.parse(token);
    after(19);
    tokens.parse(token);
    assertEquals(1, verifications.get());
    after(2);
    tokens.parse(token);
    assertEquals(2, verifications.get());
  }

  @Test
  void kept_no_longer_than_the_keeping_limit() throws Exception {
    String token = token("alice", now() - 10, now() + 600);
    tokens.parse(token);
    after(61);
    tokens.parse(token);
    assertEquals(2, verifications.get());
  }

  private void after(long seconds) {
    ticker.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static String token(String subject, long issuedAt, long expires) throws JoseException {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(subject);
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt));
    claims.setExpirationTime(NumericDate.fromSeconds(expires));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(keys.getPrivate());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  /** The base64url payload of a token for {@code subject}, to splice into another's. */
  private static String payload(String subject) throws JoseException {
    return token(subject, now() - 10, now() + 600).split("\\.")[1];
  }
}
