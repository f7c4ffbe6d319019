package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.ogptracker.client.ApiClient;
import org.ogptracker.client.ApiException;
import org.ogptracker.client.api.ActionPlansApi;
import org.ogptracker.client.api.AssessmentsApi;
import org.ogptracker.client.api.ChangesApi;
import org.ogptracker.client.api.CommitmentsApi;
import org.ogptracker.client.api.ComplianceApi;
import org.ogptracker.client.api.EligibilityApi;
import org.ogptracker.client.api.GatewayApi;
import org.ogptracker.client.api.MembersApi;
import org.ogptracker.client.api.PlanTrackingApi;
import org.ogptracker.client.api.ProgressApi;
import org.ogptracker.client.api.ReportsApi;
import org.ogptracker.client.api.ScorecardsApi;
import org.ogptracker.client.api.WebhooksApi;
import org.ogptracker.client.model.ActionPlanPage;
import org.ogptracker.client.model.AssessmentPage;
import org.ogptracker.client.model.ChangeFeed;
import org.ogptracker.client.model.CommitmentAssessmentPage;
import org.ogptracker.client.model.CommitmentPage;
import org.ogptracker.client.model.CompliancePage;
import org.ogptracker.client.model.DeliveryPage;
import org.ogptracker.client.model.EligibilityAssessmentPage;
import org.ogptracker.client.model.MemberPage;
import org.ogptracker.client.model.MilestonePage;
import org.ogptracker.client.model.ProgressUpdatePage;
import org.ogptracker.client.model.ReportPage;
import org.ogptracker.client.model.SubscriptionPage;
import org.ogptracker.client.model.TimelineEntryPage;

/**
 * What a Java user of the API writes with the client OpenAPI Generator makes from the merged
 * document (harness/api-clients): every list read to its end, page after page by its cursor, and
 * one of every resource, each answer as the client decoded it, encoded back to JSON by the
 * client's own mapper and keyed by operation id (as readEverything.ts does in TypeScript).
 */
final class JavaClientReads {
  private final ObjectMapper json;
  private final int limit;
  private final MembersApi members;
  private final EligibilityApi eligibility;
  private final ActionPlansApi plans;
  private final CommitmentsApi commitments;
  private final ProgressApi progress;
  private final AssessmentsApi assessments;
  private final ComplianceApi compliance;
  private final ReportsApi reports;
  private final PlanTrackingApi tracking;
  private final ScorecardsApi scorecards;
  private final GatewayApi gateway;
  private final ChangesApi changes;
  private final ApiClient owner;

  JavaClientReads(String gatewayUrl, int limit) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(URI.create(gatewayUrl).toString());
    this.json = client.getObjectMapper();
    this.limit = limit;
    this.members = new MembersApi(client);
    this.eligibility = new EligibilityApi(client);
    this.plans = new ActionPlansApi(client);
    this.commitments = new CommitmentsApi(client);
    this.progress = new ProgressApi(client);
    this.assessments = new AssessmentsApi(client);
    this.compliance = new ComplianceApi(client);
    this.reports = new ReportsApi(client);
    this.tracking = new PlanTrackingApi(client);
    this.scorecards = new ScorecardsApi(client);
    this.gateway = new GatewayApi(client);
    this.changes = new ChangesApi(client);
    this.owner = new ApiClient();
    owner.updateBaseUri(URI.create(gatewayUrl).toString());
  }

  /** A call of one page of a list, given the cursor of the one before (null for the first). */
  private interface PageCall<P> {
    P read(String cursor) throws ApiException;
  }

  ObjectNode everything(MemberFixture data) throws ApiException {
    ObjectNode read = json.createObjectNode();
    String member = data.member();
    String plan = data.plan();
    String commitment = data.commitment();
    String milestone = data.milestone();
    String report = data.publishedReview();

    read.set("listCountries", all(c -> members.listCountries(MembersApi.APIListCountriesRequest
        .newBuilder().limit(limit).cursor(c).build()), MemberPage::getItems,
        MemberPage::getCursor));
    read.set("getCountry", tree(members.getCountry(
        MembersApi.APIGetCountryRequest.newBuilder().code(member).build())));
    read.set("listCountryStatusHistory", tree(members.listCountryStatusHistory(
        MembersApi.APIListCountryStatusHistoryRequest.newBuilder().code(member).build())
        .getItems()));

    read.set("listEligibilityAssessments", all(c -> eligibility.listEligibilityAssessments(
        EligibilityApi.APIListEligibilityAssessmentsRequest.newBuilder().limit(limit).cursor(c)
            .build()), EligibilityAssessmentPage::getItems, EligibilityAssessmentPage::getCursor));
    read.set("listCountryEligibility", tree(eligibility.listCountryEligibility(
        EligibilityApi.APIListCountryEligibilityRequest.newBuilder().code(member).build())
        .getItems()));
    read.set("listEligibilityCriteria", tree(eligibility.listEligibilityCriteria().getItems()));

    read.set("listActionPlans", all(c -> plans.listActionPlans(ActionPlansApi
        .APIListActionPlansRequest.newBuilder().limit(limit).cursor(c).build()),
        ActionPlanPage::getItems, ActionPlanPage::getCursor));
    read.set("getActionPlan", tree(plans.getActionPlan(
        ActionPlansApi.APIGetActionPlanRequest.newBuilder().id(plan).build())));

    read.set("listCommitments", all(c -> commitments.listCommitments(CommitmentsApi
        .APIListCommitmentsRequest.newBuilder().limit(limit).cursor(c).build()),
        CommitmentPage::getItems, CommitmentPage::getCursor));
    read.set("getCommitment", tree(commitments.getCommitment(
        CommitmentsApi.APIGetCommitmentRequest.newBuilder().id(commitment).build())));
    read.set("listMilestones", all(c -> commitments.listMilestones(CommitmentsApi
        .APIListMilestonesRequest.newBuilder().id(commitment).limit(limit).cursor(c).build()),
        MilestonePage::getItems, MilestonePage::getCursor));
    read.set("listThemes", tree(commitments.listThemes().getItems()));

    read.set("getMilestone", tree(progress.getMilestone(
        ProgressApi.APIGetMilestoneRequest.newBuilder().id(milestone).build())));
    read.set("listProgressUpdates", all(c -> progress.listProgressUpdates(ProgressApi
        .APIListProgressUpdatesRequest.newBuilder().id(milestone).limit(limit).cursor(c)
        .build()), ProgressUpdatePage::getItems, ProgressUpdatePage::getCursor));

    read.set("listIrmRecords", all(c -> assessments.listIrmRecords(AssessmentsApi
        .APIListIrmRecordsRequest.newBuilder().limit(limit).cursor(c).build()),
        CommitmentAssessmentPage::getItems, CommitmentAssessmentPage::getCursor));
    read.set("countIrmRecords", tree(assessments.countIrmRecords(
        AssessmentsApi.APICountIrmRecordsRequest.newBuilder().build())));
    read.set("listCompliance", all(c -> compliance.listCompliance(ComplianceApi
        .APIListComplianceRequest.newBuilder().limit(limit).cursor(c).build()),
        CompliancePage::getItems, CompliancePage::getCursor));

    read.set("listReports", all(c -> reports.listReports(ReportsApi.APIListReportsRequest
        .newBuilder().limit(limit).cursor(c).build()), ReportPage::getItems,
        ReportPage::getCursor));
    read.set("getReport", tree(reports.getReport(
        ReportsApi.APIGetReportRequest.newBuilder().id(report).build())));
    read.set("listReportAssessments", all(c -> reports.listReportAssessments(ReportsApi
        .APIListReportAssessmentsRequest.newBuilder().id(report).limit(limit).cursor(c)
        .build()), AssessmentPage::getItems, AssessmentPage::getCursor));
    read.set("getReportAssessment", tree(reports.getReportAssessment(ReportsApi
        .APIGetReportAssessmentRequest.newBuilder().id(report).commitmentId(commitment)
        .build())));

    read.set("getPlanTracking", tree(tracking.getPlanTracking(
        PlanTrackingApi.APIGetPlanTrackingRequest.newBuilder().planId(plan).build())));
    read.set("listPlanTimeline", all(c -> tracking.listPlanTimeline(PlanTrackingApi
        .APIListPlanTimelineRequest.newBuilder().planId(plan).limit(limit).cursor(c).build()),
        TimelineEntryPage::getItems, TimelineEntryPage::getCursor));
    read.set("getScorecard", tree(scorecards.getScorecard(
        ScorecardsApi.APIGetScorecardRequest.newBuilder().commitmentId(commitment).build())));
    read.set("listChanges", followed(after -> changes.listChanges(ChangesApi
        .APIListChangesRequest.newBuilder().member(member).limit(limit).after(after).build())));
    // A subscription is its owner's: read with the government's token, as its owner would.
    owner.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + data.government()));
    WebhooksApi webhooks = new WebhooksApi(owner);
    String subscription = data.subscription();
    read.set("listSubscriptions", all(c -> webhooks.listSubscriptions(WebhooksApi
        .APIListSubscriptionsRequest.newBuilder().limit(limit).cursor(c).build()),
        SubscriptionPage::getItems, SubscriptionPage::getCursor));
    read.set("getSubscription", tree(webhooks.getSubscription(WebhooksApi
        .APIGetSubscriptionRequest.newBuilder().id(subscription).build())));
    read.set("listDeliveries", all(c -> webhooks.listDeliveries(WebhooksApi
        .APIListDeliveriesRequest.newBuilder().id(subscription).limit(limit).cursor(c).build()),
        DeliveryPage::getItems, DeliveryPage::getCursor));
    read.set("openDataCatalog", tree(gateway.openDataCatalog()));
    read.set("dcatUsCatalog", tree(gateway.dcatUsCatalog()));
    read.set("dcatApCatalog", tree(gateway.dcatApCatalog()));
    return read;
  }

  /** The change feed from its start, by each answer's cursor until one brings nothing. */
  private ArrayNode followed(PageCall<ChangeFeed> call) throws ApiException {
    ArrayNode all = json.createArrayNode();
    String after = null;
    while (true) {
      ChangeFeed answer = call.read(after);
      if (answer.getItems().isEmpty()) {
        return all;
      }
      answer.getItems().forEach(item -> all.add(tree(item)));
      after = answer.getCursor();
    }
  }

  /** Every item of a list, page after page until one comes without a cursor. */
  private <P> ArrayNode all(PageCall<P> call, Function<P, List<?>> items,
      Function<P, String> cursor) throws ApiException {
    ArrayNode all = json.createArrayNode();
    String next = null;
    do {
      P page = call.read(next);
      items.apply(page).forEach(item -> all.add(tree(item)));
      next = cursor.apply(page);
    } while (next != null);
    return all;
  }

  private JsonNode tree(Object decoded) {
    return json.valueToTree(decoded);
  }
}
