package org.ogptracker.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/**
 * The identity provider rotates its signing key and no request fails: the gateway reads the
 * provider's key set from its JWKS URL ({@link IdentityProvider}, served here on loopback) with
 * the suite's settings (application.properties: fetched again every 10 minutes, and at once for a
 * token whose kid is not in it, at most once a minute).
 *
 * <p>One story, in this order, because SmallRye forces a fetch for an unknown kid at most once
 * per forced-refresh interval (a minute), the first one at any time:
 * <ol>
 *   <li>tokens of key A, the only one published, pass: one fetch;
 *   <li>the provider publishes B beside A and signs with B at once: the first B token passes (its
 *       kid forces a fetch) and A tokens still pass: two fetches for all those requests. Without
 *       a fetch on an unknown kid this fails: the set of step 1 would be kept for 10 minutes. It
 *       passes with SmallRye's default interval (30 minutes) too, as the first forced fetch is
 *       never held back; the interval bounds the next ones, as step 3 shows (that the bound is
 *       a minute and not 30 would take a minute's wait to show);
 *   <li>tokens of key C, never published, are refused (401) and fetch nothing: the forced fetch
 *       of step 2 was less than a minute ago (one more fetch if a slow run passed the minute;
 *       with an interval of 0 each would fetch). Run before step 2, C would spend the forced
 *       fetch and B tokens would be refused for a minute: that is why a provider publishes a key
 *       before it signs with it (docs/operations.md, "Secrets and keys").
 * </ol>
 * jose4j, under SmallRye, fetches no set within 300 ms of its last fetch (its refresh reprieve),
 * whatever the intervals: step 2 starts later than that after step 1's fetch (else B's forced
 * fetch would be skipped), and C's tokens come further apart than that (else the reprieve, not
 * the interval, would hold their fetches back).
 */
@QuarkusTest
@TestProfile(JwksRotationTest.KeysFromIdentityProvider.class)
class JwksRotationTest {
  private static final String READ = "/api/v1/themes";
  private static final int REQUESTS = 10;
  private static final long PAST_REPRIEVE_MILLIS = 400;

  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @ConfigProperty(name = "mp.jwt.verify.audiences")
  String audience;

  @Test
  void a_new_key_passes_from_its_first_token_and_unknown_keys_fetch_nothing() throws Exception {
    RsaJsonWebKey a = IdentityProvider.newKey("key-a");
    IdentityProvider.publish(a);
    assertPass(a);
    assertEquals(1, IdentityProvider.fetches(), "one fetch for " + REQUESTS + " requests");

    Thread.sleep(PAST_REPRIEVE_MILLIS);
    RsaJsonWebKey b = IdentityProvider.newKey("key-b");
    IdentityProvider.publish(b);
    assertPass(b);
    assertPass(a);
    assertEquals(2, IdentityProvider.fetches(), "the first fetch and the one B's kid forced");

    RsaJsonWebKey c = IdentityProvider.newKey("key-c");
    for (int i = 0; i < 5; i++) {
      Thread.sleep(PAST_REPRIEVE_MILLIS);
      given().header("Authorization", bearer(signedWith(c))).get(READ).then().statusCode(401)
          .contentType("application/problem+json");
    }
    int fetches = IdentityProvider.fetches();
    assertTrue(fetches <= 3, fetches + " fetches: unknown kids force one a minute at most");
    assertPass(b);
  }

  /** Requests with tokens signed with {@code key} pass the gateway, the first one included. */
  private void assertPass(RsaJsonWebKey key) {
    for (int i = 0; i < REQUESTS; i++) {
      given().header("Authorization", bearer(signedWith(key))).get(READ).then().statusCode(200);
    }
  }

  /** A token as the provider issues it, of a subject of its own (a rate-limit bucket each). */
  private String signedWith(RsaJsonWebKey key) {
    return Jwt.issuer(issuer).audience(audience).subject("rotation-" + UUID.randomUUID())
        .expiresIn(Duration.ofMinutes(5)).jws().keyId(key.getKeyId())
        .sign(key.getRsaPrivateKey());
  }

  /** The gateway under test takes its keys from {@link IdentityProvider}'s JWKS URL. */
  public static final class KeysFromIdentityProvider implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(IdentityProvider.class));
    }
  }

  /**
   * The identity provider's JWKS endpoint: the public halves of the keys published so far, and
   * how often they were fetched. Static, as {@code ServicesUnderTest}'s processes are: the test
   * publishes to the endpoint this resource started.
   */
  public static final class IdentityProvider implements QuarkusTestResourceLifecycleManager {
    private static final List<RsaJsonWebKey> PUBLISHED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
      PUBLISHED.clear();
      FETCHES.set(0);
      try {
        server = HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/jwks", exchange -> {
        FETCHES.incrementAndGet();
        byte[] keySet = new JsonWebKeySet(PUBLISHED).toJson(OutputControlLevel.PUBLIC_ONLY)
            .getBytes(StandardCharsets.UTF_8);
        // No Cache-Control: the gateway keeps the set for its own refresh interval.
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, keySet.length);
        try (OutputStream body = exchange.getResponseBody()) {
          body.write(keySet);
        }
      });
      server.start();
      return Map.of("mp.jwt.verify.publickey.location",
          "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @Override
    public void stop() {
      server.stop(0);
    }

    /** A signing key of the provider (RSA 2048, RS256), not yet published. */
    static RsaJsonWebKey newKey(String kid) throws JoseException {
      RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
      key.setKeyId(kid);
      key.setAlgorithm("RS256");
      key.setUse("sig");
      return key;
    }

    /** Adds the key to the set the endpoint serves, beside those published before. */
    static void publish(RsaJsonWebKey key) {
      PUBLISHED.add(key);
    }

    static int fetches() {
      return FETCHES.get();
    }
  }
}
