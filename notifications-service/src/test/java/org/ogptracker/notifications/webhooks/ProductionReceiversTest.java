package org.ogptracker.notifications.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.webhooks.receiver.WebhookReceiver;

/**
 * With production's setting, a subscription to a receiver inside the service's network is
 * refused before anything is sent to it, even one that would answer the challenge.
 */
@QuarkusTest
@TestProfile(ProductionReceiversTest.Production.class)
class ProductionReceiversTest {
  public static class Production implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("ogp.webhooks.allow-private-receivers", "false");
    }
  }

  @Test
  void a_receiver_on_a_private_address_is_refused_and_never_called() {
    String token = TestTokens.named("government", "insider");
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      for (String url : new String[] {receiver.url("inside"),
          "http://169.254.169.254/latest/meta-data/", "http://localhost:5432/"}) {
        given().header("Authorization", bearer(token)).contentType("application/json")
            .body("{\"url\":\"" + url + "\"}").post("/api/v1/subscriptions").then()
            .statusCode(400).contentType("application/problem+json")
            .body("errors.field", hasItem("url"))
            .body("detail", containsString("private, loopback or link-local"));
      }
      org.junit.jupiter.api.Assertions.assertEquals(0, receiver.taken("inside").size(),
          "not even the challenge was sent");
      given().header("Authorization", bearer(token)).get("/api/v1/subscriptions").then()
          .statusCode(200).body("items", empty());
    }
  }
}
