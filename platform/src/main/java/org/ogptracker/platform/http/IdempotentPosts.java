package org.ogptracker.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;

/**
 * Makes a POST safe to retry: the first request with an {@code Idempotency-Key} runs and its
 * response is stored in the same transaction as its effect; a retry with the same key and body
 * gets that response again and changes nothing, one with a different body a 422.
 *
 * <p>Keys are scoped per operation and caller (the token's {@code sub}: two callers never share
 * a key, whatever else their tokens have in common) and kept {@code ogp.idempotency.key-ttl}
 * (24 h): a key older than that is a new request, and {@code Retention} deletes it. Two
 * concurrent requests with one key serialize on the key's row: the second waits for the first
 * to commit, then replays it. A request that fails rolls back its key, so it may be retried.
 */
@ApplicationScoped
public class IdempotentPosts {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";
  private static final int MAX_KEY_LENGTH = 255;

  private final EntityManager em;
  private final ObjectMapper json;
  private final Caller caller;
  private final CurrentVertxRequest current;
  private final Duration ttl;

  IdempotentPosts(EntityManager em, ObjectMapper json, Caller caller, CurrentVertxRequest current,
      @ConfigProperty(name = "ogp.idempotency.key-ttl") Duration ttl) {
    this.em = em;
    this.json = json;
    this.caller = caller;
    this.current = current;
    this.ttl = ttl;
  }

  /**
   * Runs {@code action} once per key.
   *
   * @param key the client's Idempotency-Key header, may be null (then the action just runs)
   * @param operation a stable name of the operation, e.g. {@code countries.register}
   * @param request the parsed request body, compared on replay
   */
  @Transactional
  public Response execute(String key, String operation, Object request, Supplier<Response> action) {
    if (key == null && !sentEmpty()) {
      return action.get();
    }
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw Problems.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
    String scope = operation + " " + caller.subject();
    String hash = hash(request);
    // A new key, or one past its time taken as new; a live one is replayed.
    int inserted = em.createNativeQuery("""
            insert into idempotency_key (scope, key, request_hash) values (?1, ?2, ?3)
            on conflict (scope, key) do update
              set request_hash = excluded.request_hash, status = null, headers = null,
                  body = null, created_at = now()
              where idempotency_key.created_at < ?4""")
        .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
        .setParameter(4, Instant.now().minus(ttl))
        .executeUpdate();
    if (inserted == 0) {
      return replay(scope, key, hash);
    }
    Response response = action.get();
    store(scope, key, response);
    return response;
  }

  /** Whether the header came with an empty value (which JAX-RS hands over as no header). */
  private boolean sentEmpty() {
    return current.getCurrent() != null
        && current.getCurrent().request().headers().contains(HEADER);
  }

  private Response replay(String scope, String key, String hash) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("""
            select request_hash, status, headers, body from idempotency_key
            where scope = ?1 and key = ?2""")
        .setParameter(1, scope).setParameter(2, key).getResultList();
    if (rows.isEmpty()) {
      throw Problems.conflict("A request with this Idempotency-Key is still in progress; retry");
    }
    Object[] row = rows.get(0);
    if (!hash.equals(row[0])) {
      throw Problems.unprocessable("idempotency-key-reused",
          "This Idempotency-Key was used with a different request body");
    }
    Response.ResponseBuilder b = Response.status(((Number) row[1]).intValue())
        .header(REPLAYED_HEADER, "true");
    readHeaders((String) row[2]).forEach(b::header);
    if (row[3] != null) {
      b.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return b.build();
  }

  private void store(String scope, String key, Response response) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : List.of("Location", "ETag")) {
      String value = response.getHeaderString(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    try {
      String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
      em.createNativeQuery("""
              update idempotency_key set status = ?3, headers = cast(?4 as jsonb), body = ?5
              where scope = ?1 and key = ?2""")
          .setParameter(1, scope).setParameter(2, key)
          .setParameter(3, response.getStatus())
          .setParameter(4, json.writeValueAsString(headers))
          .setParameter(5, body)
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response of " + scope + " is not serializable", e);
    }
  }

  private Map<String, String> readHeaders(String stored) {
    try {
      return stored == null ? Map.of()
          : json.readValue(stored, json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored idempotent headers unreadable", e);
    }
  }

  /** Deletes up to {@code limit} keys past their time; how many it deleted. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int forgetExpired(int limit) {
    return em.createNativeQuery("""
            delete from idempotency_key where ctid = any(array(
              select ctid from idempotency_key where created_at < ?1 limit ?2))""")
        .setParameter(1, Instant.now().minus(ttl)).setParameter(2, limit).executeUpdate();
  }

  private String hash(Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] bytes = request == null ? new byte[0] : json.writeValueAsBytes(request);
      return HexFormat.of().formatHex(sha.digest(bytes));
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

}
