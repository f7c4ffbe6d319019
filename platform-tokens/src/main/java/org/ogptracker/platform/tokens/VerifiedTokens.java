package org.ogptracker.platform.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The suite's token parser: smallrye-jwt's, except that a token it verified is not verified
 * again while it stays valid. A client sends the same token on every request of its session,
 * and checking its RS256 signature and claims each time was an eighth of commitments-service's
 * CPU per progress update (issue 31's profile).
 *
 * <p>A token is kept by its exact text, so only the very bytes that passed are taken as passed,
 * and at most until the first of: its {@code exp}, its {@code iat} plus the age the suite allows
 * ({@code mp.jwt.verify.token.age}), and {@code ogp.jwt.verified-for} (60 s) after it was
 * verified, which bounds how long a token of a withdrawn key still passes. A refused token is
 * never kept: it is refused again, by the verifier, every time.
 *
 * <p>It replaces the {@link JWTParser} bean everywhere: the smallrye-jwt authentication of the
 * services and the gateway's own token check both parse through it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
  /** Tokens kept at most; a token is about 1 KB. */
  static final int MAX_TOKENS = 10_000;

  private final JWTParser verifier;
  private final Optional<Long> maxAgeSeconds;
  private final Duration keepAtMost;
  private final LongSupplier nowSeconds;
  private final Cache<String, Kept> kept;

  /** A verified token and how long it may be kept, from when it was verified. */
  private record Kept(JsonWebToken token, long forNanos) {}

  @Inject
  VerifiedTokens(DefaultJWTParser verifier,
      @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxAgeSeconds,
      @ConfigProperty(name = "ogp.jwt.verified-for", defaultValue = "60s") Duration keepAtMost) {
    this(verifier, maxAgeSeconds, keepAtMost, Ticker.systemTicker(),
        () -> System.currentTimeMillis() / 1000);
  }

  VerifiedTokens(JWTParser verifier, Optional<Long> maxAgeSeconds, Duration keepAtMost,
      Ticker ticker, LongSupplier nowSeconds) {
    this.verifier = verifier;
    this.maxAgeSeconds = maxAgeSeconds;
    this.keepAtMost = keepAtMost;
    this.nowSeconds = nowSeconds;
    this.kept = Caffeine.newBuilder()
        .maximumSize(MAX_TOKENS)
        .ticker(ticker)
        .executor(Runnable::run) // upkeep on the caller's thread, not the common pool
        .expireAfter(new Expiry<String, Kept>() {
          @Override
          public long expireAfterCreate(String token, Kept k, long now) {
            return k.forNanos();
          }

          @Override
          public long expireAfterUpdate(String token, Kept k, long now, long remaining) {
            return k.forNanos();
          }

          @Override
          public long expireAfterRead(String token, Kept k, long now, long remaining) {
            return remaining;
          }
        })
        .build();
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    Kept k = kept.getIfPresent(token);
    if (k != null) {
      return k.token();
    }
    JsonWebToken verified = verifier.parse(token);
    long keepFor = keepForNanos(verified);
    if (keepFor > 0) {
      kept.put(token, new Kept(verified, keepFor));
    }
    return verified;
  }

  /** Until the first of its expiry, its issue time plus the allowed age, and keepAtMost. */
  private long keepForNanos(JsonWebToken t) {
    long now = nowSeconds.getAsLong();
    long seconds = keepAtMost.toSeconds();
    if (t.getExpirationTime() > 0) {
      seconds = Math.min(seconds, t.getExpirationTime() - now);
    }
    if (maxAgeSeconds.isPresent() && t.getIssuedAtTime() > 0) {
      seconds = Math.min(seconds, t.getIssuedAtTime() + maxAgeSeconds.get() - now);
    }
    return seconds <= 0 ? 0 : Duration.ofSeconds(seconds).toNanos();
  }

  // Everything else as smallrye-jwt does it, never kept: other keys, other settings.

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}
