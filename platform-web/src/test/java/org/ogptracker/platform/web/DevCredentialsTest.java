package org.ogptracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class DevCredentialsTest {
  /** platform-testing's key, beside this module in the repository. */
  private static final Path TEST_KEY =
      Path.of("../harness/platform-testing/src/main/resources/test-jwt-public.pem");

  @Test
  void the_fingerprint_is_the_committed_test_keys() {
    assertTrue(Files.exists(TEST_KEY), TEST_KEY.toAbsolutePath().toString());
    assertEquals(DevCredentials.TEST_KEY_SHA256, DevCredentials.fingerprint(TEST_KEY.toString()));
  }

  @Test
  void the_dev_issuer_or_the_test_key_is_refused() {
    assertTrue(DevCredentials.refusal(config(Map.of("mp.jwt.verify.issuer",
        "https://ogp-tracker.local"))).orElseThrow().contains("OGP_JWT_ISSUER"));
    assertTrue(DevCredentials.refusal(config(Map.of("mp.jwt.verify.issuer",
        "https://id.example", "mp.jwt.verify.publickey.location", TEST_KEY.toString())))
        .orElseThrow().contains("OGP_JWT_PUBLIC_KEY"));
  }

  @Test
  void an_identity_providers_issuer_and_key_are_taken() throws Exception {
    Path other = Files.createTempFile("other-key", ".pem");
    Files.writeString(other, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    assertEquals(Optional.empty(), DevCredentials.refusal(config(Map.of(
        "mp.jwt.verify.issuer", "https://id.example",
        "mp.jwt.verify.publickey.location", other.toString()))));
    assertEquals(Optional.empty(), DevCredentials.refusal(config(Map.of(
        "mp.jwt.verify.issuer", "https://id.example",
        "mp.jwt.verify.publickey.location", "https://id.example/jwks.json"))));
  }

  private static Config config(Map<String, String> values) {
    return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500))
        .build();
  }
}
