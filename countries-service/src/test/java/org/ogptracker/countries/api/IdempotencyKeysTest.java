package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.countries.api.Api.freshCode;
import static org.ogptracker.countries.api.Api.newMemberJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.retention.Retention;
import org.ogptracker.platform.testing.ServiceDatabase;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Idempotency keys belong to one caller and one day: two callers never share one, a key past its
 * time is a new request, and Retention deletes old keys and inbox rows. Ages are set in the
 * database, as a day's wait would leave them.
 */
@QuarkusTest
class IdempotencyKeysTest {
  @Inject
  Retention retention;

  @Test
  void callers_whose_tokens_share_a_name_do_not_share_keys() {
    String name = "ops@" + UUID.randomUUID() + ".example";
    String code = freshCode();
    String body = newMemberJson(code, "Keyland", "Europe", "active");
    register(TestTokens.named("admin", name), "shared-" + code, body).then().statusCode(201);
    // Another subject, same key and body: its own request (the code is taken), not a replay.
    Response other = register(TestTokens.named("admin", name), "shared-" + code, body);
    assertEquals(409, other.statusCode(), other.asString());
    assertNull(other.header("Idempotent-Replayed"));
  }

  @Test
  void a_key_past_its_time_is_a_new_request() throws Exception {
    String token = TestTokens.admin();
    String code = freshCode();
    String key = "aged-" + code;
    String body = newMemberJson(code, "Ageland", "Europe", "active");
    register(token, key, body).then().statusCode(201);
    register(token, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    age("update idempotency_key set created_at = now() - interval '25 hours' where key = ?", key);
    Response again = register(token, key, body);
    assertEquals(409, again.statusCode(), again.asString());
    assertNull(again.header("Idempotent-Replayed"));
  }

  @Test
  void retention_deletes_old_keys_and_inbox_rows_and_keeps_young_ones() throws Exception {
    String token = TestTokens.admin();
    String old = freshCode();
    String young = freshCode();
    register(token, "old-" + old, newMemberJson(old, "Oldland", "Europe", "active"))
        .then().statusCode(201);
    register(token, "young-" + young, newMemberJson(young, "Youngland", "Europe", "active"))
        .then().statusCode(201);
    age("update idempotency_key set created_at = now() - interval '25 hours' where key = ?",
        "old-" + old);
    String oldEvent = UUID.randomUUID().toString();
    String youngEvent = UUID.randomUUID().toString();
    age("insert into inbox_event (consumer, event_id, received_at) "
        + "values ('retention-test', ?, now() - interval '61 days')", oldEvent);
    age("insert into inbox_event (consumer, event_id, received_at) "
        + "values ('retention-test', ?, now() - interval '59 days')", youngEvent);

    Retention.Forgotten forgotten = retention.forgetExpired();

    assertTrue(forgotten.idempotencyKeys() >= 1 && forgotten.inboxRows() >= 1,
        forgotten.toString());
    assertEquals(0, count("select count(*) from idempotency_key where key = ?", "old-" + old));
    assertEquals(1, count("select count(*) from idempotency_key where key = ?", "young-" + young));
    assertEquals(0, count("select count(*) from inbox_event where event_id = ?", oldEvent));
    assertEquals(1, count("select count(*) from inbox_event where event_id = ?", youngEvent));
  }

  private static Response register(String token, String key, String body) {
    return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON)
        .header("Idempotency-Key", key).body(body).post("/api/v1/countries");
  }

  private static void age(String sql, String value) throws Exception {
    try (Connection c = ServiceDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      assertEquals(1, s.executeUpdate(), sql);
    }
  }

  private static long count(String sql, String value) throws Exception {
    try (Connection c = ServiceDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
