package org.ogptracker.notifications;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.ogptracker.platform.testing.EventPublisher;
import org.ogptracker.platform.testing.TestMembers;

/**
 * Events as the three services publish them (each valid against docs/asyncapi.yaml), about a
 * member of this test's own ({@link TestMembers}: letter X), and a wait for the feed to hold
 * them.
 */
public final class SuiteEvents implements AutoCloseable {
  private final EventPublisher publisher = new EventPublisher();
  public final String member = TestMembers.freshLocalCode('X');
  public final String plan = "AP_" + member + "01";
  private final AtomicInteger updates = new AtomicInteger();

  /** {@code ogp.country.registered.v1} of the member; its event id. */
  public String memberRegistered() {
    String id = UUID.randomUUID().toString();
    publisher.send("ogp.countries.v1", member, id, "ogp.country.registered.v1", """
        {"code":"%s","name":"Test member %s","kind":"local","parentCode":null,
         "region":"Europe","status":"eligible","joinedOn":null,"version":0}"""
        .formatted(member, member));
    return id;
  }

  /** {@code ogp.action-plan.created.v1} (or another plan type) of the member's plan. */
  public String plan(String type, String status, int version) {
    String id = UUID.randomUUID().toString();
    publisher.send("ogp.commitments.v1", plan, id, type, planData(status, version));
    return id;
  }

  public String planData(String status, int version) {
    return """
        {"planId":"%s","memberCode":"%s","number":1,"periodStart":"2026","periodEnd":"2028",
         "submittedOn":null,"status":"%s","previousStatus":null,"version":%d}"""
        .formatted(plan, member, status, version);
  }

  /**
   * {@code ogp.commitment.registered.v1} of a commitment of the member's plan, addressing one
   * grand challenge with one OGP value and one theme.
   */
  public String commitment(String commitmentId, String challenge, String value, String theme) {
    String id = UUID.randomUUID().toString();
    publisher.send("ogp.commitments.v1", plan, commitmentId, id, "ogp.commitment.registered.v1",
        """
        {"commitmentId":"%s","planId":"%s","memberCode":"%s","title":"Commitment %s",
         "leadInstitution":null,"startDate":null,"endDate":null,"grandChallenges":["%s"],
         "ogpValues":["%s"],"themes":["%s"],"version":0}"""
            .formatted(commitmentId, plan, member, commitmentId, challenge, value, theme));
    return id;
  }

  /** {@code ogp.milestone.added.v1} of the commitment's first milestone. */
  public String milestoneAdded(String commitmentId) {
    return milestone("ogp.milestone.added.v1", commitmentId + ".1");
  }

  /** {@code ogp.milestone.added.v1} or {@code ogp.milestone.overdue.v1} of the milestone. */
  public String milestone(String type, String milestoneId) {
    String id = UUID.randomUUID().toString();
    String commitmentId = milestoneId.substring(0, milestoneId.indexOf('.'));
    publisher.send("ogp.commitments.v1", plan, milestoneId, id, type, """
        {"milestoneId":"%s","commitmentId":"%s","planId":"%s","memberCode":"%s",
         "description":"First step","dueDate":"2026-06-30","status":"not_started",
         "percentComplete":0,"version":0}""".formatted(milestoneId, commitmentId, plan, member));
    return id;
  }

  /** {@code ogp.milestone.progress-reported.v1} on the milestone. */
  public String progress(String milestoneId, String status, int percent) {
    String id = UUID.randomUUID().toString();
    String commitmentId = milestoneId.substring(0, milestoneId.indexOf('.'));
    publisher.send("ogp.commitments.v1", plan, milestoneId, id,
        "ogp.milestone.progress-reported.v1", """
        {"updateId":%d,"milestoneId":"%s","commitmentId":"%s","planId":"%s","memberCode":"%s",
         "status":"%s","percentComplete":%d,"note":null,"evidenceUrls":[],"author":"gov-1",
         "reportedAt":"2026-12-01T10:00:00Z","milestoneVersion":%d}""".formatted(
            updates.incrementAndGet(), milestoneId, commitmentId, plan, member, status, percent,
            updates.get()));
    return id;
  }

  /** {@code ogp.report.published.v1} of a report on the member's plan. */
  public String reportPublished() {
    String id = UUID.randomUUID().toString();
    publisher.send("ogp.reports.v1", plan, "R-" + member, id, "ogp.report.published.v1", """
        {"reportId":"R-%s","planId":"%s","memberCode":"%s","kind":"irm_action_plan_review",
         "reportVersion":1,"corrects":null,"publishedOn":"2026-11-30","assessments":0,
         "source":"api"}""".formatted(member, plan, member));
    return id;
  }

  /** Sends an event of commitments-service as it is, e.g. again (a redelivery). */
  public void send(String id, String type, String data) {
    publisher.send("ogp.commitments.v1", plan, id, type, data);
  }

  /** The feed's changes about the member, once there are {@code count} (at most 60 s). */
  public List<Map<String, Object>> awaitChanges(int count) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
        .until(() -> changes().size() >= count);
    return changes();
  }

  /** The feed's changes about the member, all of them (one answer). */
  public List<Map<String, Object>> changes() {
    return given().queryParam("member", member).queryParam("limit", 200)
        .get("/api/v1/changes").then().statusCode(200).extract().path("items");
  }

  @Override
  public void close() {
    publisher.close();
  }
}
