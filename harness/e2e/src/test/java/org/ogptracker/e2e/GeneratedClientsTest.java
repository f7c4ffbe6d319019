package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The clients OpenAPI Generator makes from the merged document (harness/api-clients), used as
 * their users would: the Java one (library native) and the TypeScript one (typescript-fetch,
 * compiled here with {@code tsc --strict}) each read every list to its end, page by page, and one
 * of every resource, and what each decoded must be what the gateway answered: a field the
 * document leaves out, a type or format it gets wrong, a cursor a client cannot follow, fails
 * here. The answers are read as plain JSON before and after each client's read; the data is
 * taken as read once both agree (other tests' events may still be landing).
 */
class GeneratedClientsTest {
  /** Small pages, so that the long lists are read over many. */
  private static final int LIMIT = 7;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CLIENTS = RepoRoot.resolve("harness/api-clients");

  private static MemberFixture data;
  private static List<ApiOperations.Operation> reads;

  @BeforeAll
  static void data() {
    Suite.start();
    data = MemberFixture.withEveryResource();
    // One list over three pages, whatever else the suite's other tests left.
    String gov = TestTokens.government(data.member());
    for (int i = 1; i <= 2 * LIMIT + 1; i++) {
      Steps.newMilestone(gov, data.commitment(), "Paged milestone " + i);
    }
    // Every GET but the change feed's stream, which never ends: no generated client reads it
    // (a browser's EventSource does; the stream's own tests read it as one).
    reads = ApiOperations.of(RestAssured.baseURI).stream()
        .filter(op -> op.method().equals("GET") && !op.streams()).toList();
  }

  @Test
  void the_java_client_reads_every_list_to_its_end_and_one_of_every_resource()
      throws Exception {
    JavaClientReads client = new JavaClientReads(RestAssured.baseURI, LIMIT);
    assertSameAsAnswered("Java", () -> client.everything(data));
  }

  @Test
  void the_typescript_client_compiles_strict_and_reads_every_list_to_its_end()
      throws Exception {
    Path npm = Path.of(System.getenv().getOrDefault("OGP_TSC",
        RepoRoot.resolve(".local/npm/node_modules/.bin/tsc").toString())).getParent().getParent();
    Path tsc = npm.resolve(".bin/tsc");
    assertTrue(Files.isExecutable(tsc), tsc + " is missing: deploy/local/test installs it");
    String compiled = run(List.of(tsc.toString(), "-p", CLIENTS.resolve("tsconfig.json").toString(),
        "--typeRoots", npm.resolve("@types").toString()), 300);
    assertEquals("", compiled.strip(), "tsc --strict found errors");
    Path script = CLIENTS.resolve("target/typescript-out/src/main/typescript/readEverything.js");
    String ids = JSON.writeValueAsString(Map.of("member", data.member(), "plan", data.plan(),
        "commitment", data.commitment(), "milestone", data.milestone(),
        "report", data.publishedReview(), "subscription", data.subscription(),
        "token", data.government()));
    assertSameAsAnswered("TypeScript", () -> (ObjectNode) JSON.readTree(run(List.of("node",
        script.toString(), RestAssured.baseURI, ids, String.valueOf(LIMIT)), 300)));
  }

  private interface ClientRead {
    ObjectNode everything() throws Exception;
  }

  private static void assertSameAsAnswered(String client, ClientRead read) throws Exception {
    for (int attempt = 1; attempt <= 5; attempt++) {
      ObjectNode before = answered();
      ObjectNode decoded = read.everything();
      ObjectNode after = answered();
      if (!before.equals(after)) {
        Thread.sleep(2000); // the data moved under the reads: read again
        continue;
      }
      assertEquals(new TreeSet<>(names(before)), new TreeSet<>(names(decoded)),
          client + " client: one read per GET operation of the document");
      Map<String, List<String>> differ = new TreeMap<>();
      before.fields().forEachRemaining(f -> {
        List<String> d = SameJson.differences(f.getValue(), decoded.get(f.getKey()));
        if (!d.isEmpty()) {
          differ.put(f.getKey(), d);
        }
      });
      assertEquals(Map.of(), differ, client + " client decoded otherwise than answered");
      int longest = 0;
      int items = 0;
      for (ApiOperations.Operation op : reads) {
        JsonNode answer = before.get(op.operationId());
        items += answer.isArray() ? answer.size() : 1;
        longest = Math.max(longest, op.pages() ? answer.size() : 0);
      }
      assertTrue(longest > 2 * LIMIT, "a paged list long enough to read over pages: " + longest);
      System.out.printf("%s client: %d reads, %d items and resources decoded as answered "
          + "(longest paged list %d, pages of %d)%n", client, decoded.size(), items, longest,
          LIMIT);
      return;
    }
    fail("the data kept changing under five reads");
  }

  /** Every GET of the document as plain JSON: a list's items over all its pages. */
  private static ObjectNode answered() throws Exception {
    ObjectNode all = JSON.createObjectNode();
    for (ApiOperations.Operation op : reads) {
      String path = data.pathTo(op.path());
      if (op.follows()) {
        all.set(op.operationId(), followed(path));
        continue;
      }
      if (!op.pages()) {
        JsonNode body = JSON.readTree(reader(path).get(path).then().statusCode(200).extract()
            .asByteArray());
        boolean list = op.operationId().startsWith("list") && body.path("items").isArray();
        all.set(op.operationId(), list ? body.get("items") : body);
        continue;
      }
      ArrayNode items = JSON.createArrayNode();
      String cursor = null;
      do {
        JsonNode page = read(path, cursor);
        items.addAll((ArrayNode) page.get("items"));
        cursor = page.path("cursor").isTextual() ? page.get("cursor").asText() : null;
      } while (cursor != null);
      all.set(op.operationId(), items);
    }
    return all;
  }

  /**
   * The change feed about the fixture's member, followed from its start by each answer's
   * cursor until an answer brings nothing.
   */
  private static ArrayNode followed(String path) throws Exception {
    ArrayNode items = JSON.createArrayNode();
    String after = null;
    while (true) {
      var request = given().queryParam("limit", LIMIT).queryParam("member", data.member());
      if (after != null) {
        request.queryParam("after", after);
      }
      JsonNode answer = JSON.readTree(request.get(path).then().statusCode(200).extract()
          .asByteArray());
      if (answer.get("items").isEmpty()) {
        return items;
      }
      items.addAll((ArrayNode) answer.get("items"));
      after = answer.get("cursor").asText();
    }
  }

  /** A request as the clients send it: a subscription's with its owner's token. */
  private static io.restassured.specification.RequestSpecification reader(String path) {
    return MemberFixture.owned(path)
        ? given().header("Authorization", "Bearer " + data.government()) : given();
  }

  private static JsonNode read(String path, String cursor) throws Exception {
    var request = reader(path).queryParam("limit", LIMIT);
    if (cursor != null) {
      request.queryParam("cursor", cursor);
    }
    return JSON.readTree(request.get(path).then().statusCode(200).extract().asByteArray());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Runs a command, failing on a non-zero exit; its standard output. */
  private static String run(List<String> command, int seconds) throws Exception {
    Path err = Files.createTempFile("client", ".err");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), command.get(0) + " did not finish");
    String stderr = Files.readString(err);
    Files.delete(err);
    String stdout = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), String.join(" ", command.subList(0, 2)) + " failed:\n"
        + stdout + stderr);
    return stdout;
  }
}
