package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.e2e.Steps.as;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.ports.FreePorts;

/**
 * The README's webhook receiver (its ten lines of Node.js, taken from README.md as they are) as
 * a process of its own: subscribed through the gateway, it takes every change of a plan, in the
 * plan's order, each signed with the secret it was given, and refuses a message it cannot verify.
 */
class WebhookReceiverProcessTest {
  private static final Pattern LOGGED =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+ (ogp\\.[a-z.-]+\\.v1) (\\S+)");

  @Test
  void the_readme_receiver_verifies_each_change_and_gets_a_plans_changes_in_order()
      throws Exception {
    Suite.start();
    Path dir = Files.createTempDirectory("readme-receiver");
    int port = FreePorts.next();
    Files.writeString(dir.resolve("receiver.js"), readmeReceiver()
        .replace("listen(9000,", "listen(" + port + ","));
    Process node = new ProcessBuilder("node", "receiver.js").directory(dir.toFile())
        .redirectErrorStream(true).start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(node.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      await().atMost(Steps.EVENTUAL).until(() -> listening(port));
      String member = Steps.activeMember();
      String gov = TestTokens.government(member);
      String secret = as(gov).body("{\"url\":\"http://127.0.0.1:" + port + "/ogp\","
              + "\"member\":\"" + member + "\"}")
          .post("/api/v1/subscriptions").then().statusCode(201).extract().path("secret");
      Files.writeString(dir.resolve("secret.txt"), secret + "\n");

      String plan = Steps.newPlan(gov, member, "2027", "2029");
      String commitment = Steps.newCommitment(gov, plan, "Received by the README's receiver",
          "creating_safer_communities", "civic_participation");
      String milestone = Steps.newMilestone(gov, commitment, "Reported to a receiver");
      for (int i = 1; i <= 3; i++) {
        as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":" + 20 * i + "}")
            .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
      }
      List<String> planTypes = List.of("ogp.action-plan.created.v1",
          "ogp.commitment.registered.v1", "ogp.milestone.added.v1",
          "ogp.milestone.progress-reported.v1", "ogp.milestone.progress-reported.v1",
          "ogp.milestone.progress-reported.v1");
      await().atMost(Steps.EVENTUAL).until(() -> received(lines, plan, commitment, milestone)
          .size() >= planTypes.size());
      assertEquals(planTypes, received(lines, plan, commitment, milestone),
          "the plan's changes, each once, in order: " + lines);

      // A message it cannot verify is refused, whatever it claims.
      HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/ogp"))
          .header("webhook-id", "msg_forged").header("webhook-timestamp", "1")
          .header("webhook-signature", "v1,AAAA")
          .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"ogp.country.updated.v1\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, forged.statusCode());
      assertTrue(lines.stream().noneMatch(l -> l.contains("msg_forged")));
    } finally {
      node.destroy();
      node.waitFor();
    }
  }

  /** The types of the plan's changes the receiver logged, in the order it logged them. */
  private static List<String> received(List<String> lines, String plan, String commitment,
      String milestone) {
    return lines.stream().map(LOGGED::matcher).filter(Matcher::find)
        .filter(m -> m.group(2).equals(plan) || m.group(2).equals(commitment)
            || m.group(2).startsWith(commitment + "."))
        .map(m -> m.group(1)).toList();
  }

  /** The README's receiver.js: the first js block after it names the file. */
  private static String readmeReceiver() throws IOException {
    String readme = Files.readString(RepoRoot.resolve("README.md"));
    int named = readme.indexOf("`receiver.js`, a receiver");
    assertTrue(named > 0, "README names receiver.js");
    int start = readme.indexOf("```js\n", named) + "```js\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
