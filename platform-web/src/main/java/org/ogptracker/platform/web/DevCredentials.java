package org.ogptracker.platform.web;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A production start refuses the credentials only tests and the local stack may trust: tokens of
 * the dev issuer ({@value #DEV_ISSUER}, whose keys the local stack makes on each machine) and the
 * test key pair committed in platform-testing. The prod profile is what a packaged app runs in
 * unless told otherwise, so an operator who forgot {@code OGP_JWT_ISSUER} gets a refusal that
 * says so, not an API that takes tokens anyone with a clone can sign. The local stack, compose
 * and the dev overlay run the {@code local} profile; tests the {@code test} profile.
 */
@ApplicationScoped
public class DevCredentials {
  static final String DEV_ISSUER = "https://ogp-tracker.local";
  /** SHA-256 of platform-testing's test-jwt-public.pem (its DER bytes); DevCredentialsTest. */
  static final String TEST_KEY_SHA256 =
      "42d7ed1bee368d2c7a11fe9911b53dd10c07f9afaf4067732d3bc0abb5a34319";

  void onStart(@Observes StartupEvent start) {
    if (ConfigUtils.getProfiles().equals(List.of("prod"))) {
      refusal(ConfigProvider.getConfig()).ifPresent(why -> {
        throw new IllegalStateException("Refusing to start in the prod profile: " + why);
      });
    }
  }

  /** Why the configured token settings are dev or test ones, if they are. */
  static Optional<String> refusal(Config config) {
    String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("");
    if (issuer.equals(DEV_ISSUER)) {
      return Optional.of("the token issuer is the local stack's " + DEV_ISSUER + "; set "
          + "OGP_JWT_ISSUER to your identity provider's (or run the local profile: "
          + "QUARKUS_PROFILE=local)");
    }
    String location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
        .orElse("");
    if (TEST_KEY_SHA256.equals(fingerprint(location))) {
      return Optional.of("the token key " + location + " is the tests' key pair, whose private "
          + "half is public; set OGP_JWT_PUBLIC_KEY to your identity provider's key");
    }
    return Optional.empty();
  }

  /** SHA-256 of a PEM public key's DER bytes, read from a file or the class path; null if none. */
  static String fingerprint(String location) {
    if (location.isBlank() || location.contains("://")) {
      return null; // a JWKS URL or none: not a key that could be the test one
    }
    try (InputStream in = open(location)) {
      if (in == null) {
        return null;
      }
      String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
      byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (IOException | IllegalArgumentException | NoSuchAlgorithmException e) {
      return null; // not a PEM this check can read; the JWT extension reports a bad key itself
    }
  }

  private static InputStream open(String location) throws IOException {
    Path file = Path.of(location.replaceFirst("^file:", ""));
    if (Files.isRegularFile(file)) {
      return Files.newInputStream(file);
    }
    return Thread.currentThread().getContextClassLoader()
        .getResourceAsStream(location.replaceFirst("^classpath:", "").replaceFirst("^/", ""));
  }
}
