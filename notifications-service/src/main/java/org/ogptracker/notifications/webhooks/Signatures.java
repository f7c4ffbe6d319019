package org.ogptracker.notifications.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks 1.0 signatures: {@code v1,<base64 HMAC-SHA256>} of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed by the secret's bytes (the secret is
 * {@code whsec_} and their base64). Several secrets (during a rotation) sign side by side,
 * space-separated; a receiver accepts the message if one of them verifies.
 */
public final class Signatures {
  static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Signatures() {}

  /** A new secret: 32 random bytes. */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The {@code webhook-signature} header's value for a message, by each secret. */
  public static String header(List<String> secrets, String id, long timestamp, String body) {
    return secrets.stream().map(s -> "v1," + sign(s, id, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  /** One signature (base64), as a receiver computes it to compare. */
  public static String sign(String secret, String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())),
          "HmacSHA256"));
      byte[] signed = mac.doFinal((id + "." + timestamp + "." + body)
          .getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
