// What a TypeScript user of the API writes with the typescript-fetch client generated from the
// merged OpenAPI document: read every list to its end (following each page's cursor) and one of
// every resource, then print what the client decoded, encoded back to JSON, keyed by operation
// id. The end-to-end GeneratedClientsTest compares it with the answers read as plain JSON.
//
//   node readEverything.js GATEWAY_URL '{"member":..,"plan":..,"commitment":..,"milestone":..,"report":..,
//     "subscription":..,"token":..}' PAGE_SIZE
import {
  ActionPlansApi, AssessmentsApi, ChangesApi, CommitmentsApi, ComplianceApi, Configuration, EligibilityApi,
  GatewayApi, MembersApi, PlanTrackingApi, ProgressApi, ReportsApi, ScorecardsApi, WebhooksApi,
  ActionPlanDetailToJSON, ActionPlanToJSON, AssessmentToJSON, ChangeEvent, ChangeEventToJSON,
  ChangeFeed, CommitmentAssessmentToJSON, DeliveryToJSON, SubscriptionToJSON,
  CommitmentToJSON, ComplianceToJSON, CountsToJSON, CriterionToJSON, DataCatalogToJSON,
  DcatApCatalogToJSON, DcatUsCatalogToJSON, EligibilityAssessmentToJSON,
  MemberToJSON, MilestoneToJSON, PlanTrackingToJSON, ProgressUpdateToJSON, ReportToJSON,
  ScorecardToJSON, StatusChangeToJSON, ThemeToJSON, TimelineEntryToJSON,
} from '../../../target/generated-sources/typescript-fetch';

interface Ids {
  member: string;
  plan: string;
  commitment: string;
  milestone: string;
  report: string;
  subscription: string;
  token: string;
}

interface Paged<T> {
  items: Array<T>;
  cursor?: string;
}

/** Every item of a list, page after page until one comes without a cursor. */
async function readAll<T>(page: (cursor?: string) => Promise<Paged<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    all.push(...p.items);
    cursor = p.cursor;
  } while (cursor !== undefined);
  return all;
}

/** The change feed from its start, by each answer's cursor until one brings nothing. */
async function follow(read: (after?: string) => Promise<ChangeFeed>): Promise<ChangeEvent[]> {
  const all: ChangeEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const answer = await read(after);
    if (answer.items.length === 0) {
      return all;
    }
    all.push(...answer.items);
    after = answer.cursor;
  }
}

async function main(gateway: string, ids: Ids, limit: number): Promise<Record<string, unknown>> {
  const config = new Configuration({ basePath: gateway });
  const members = new MembersApi(config);
  const eligibility = new EligibilityApi(config);
  const plans = new ActionPlansApi(config);
  const commitments = new CommitmentsApi(config);
  const progress = new ProgressApi(config);
  const assessments = new AssessmentsApi(config);
  const compliance = new ComplianceApi(config);
  const reports = new ReportsApi(config);
  const tracking = new PlanTrackingApi(config);
  const scorecards = new ScorecardsApi(config);
  const gatewayApi = new GatewayApi(config);
  const changes = new ChangesApi(config);
  // A subscription is its owner's: read with the government's token, as its owner would.
  const webhooks = new WebhooksApi(new Configuration({ basePath: gateway,
    accessToken: async () => ids.token }));
  return {
    listCountries: (await readAll((cursor) => members.listCountries({ limit, cursor })))
      .map(MemberToJSON),
    getCountry: MemberToJSON(await members.getCountry({ code: ids.member })),
    listCountryStatusHistory: (await members.listCountryStatusHistory({ code: ids.member }))
      .items.map(StatusChangeToJSON),
    listEligibilityAssessments: (await readAll((cursor) =>
      eligibility.listEligibilityAssessments({ limit, cursor }))).map(EligibilityAssessmentToJSON),
    listCountryEligibility: (await eligibility.listCountryEligibility({ code: ids.member }))
      .items.map(EligibilityAssessmentToJSON),
    listEligibilityCriteria: (await eligibility.listEligibilityCriteria()).items
      .map(CriterionToJSON),
    listActionPlans: (await readAll((cursor) => plans.listActionPlans({ limit, cursor })))
      .map(ActionPlanToJSON),
    getActionPlan: ActionPlanDetailToJSON(await plans.getActionPlan({ id: ids.plan })),
    listCommitments: (await readAll((cursor) => commitments.listCommitments({ limit, cursor })))
      .map(CommitmentToJSON),
    getCommitment: CommitmentToJSON(await commitments.getCommitment({ id: ids.commitment })),
    listMilestones: (await readAll((cursor) =>
      commitments.listMilestones({ id: ids.commitment, limit, cursor }))).map(MilestoneToJSON),
    listThemes: (await commitments.listThemes()).items.map(ThemeToJSON),
    getMilestone: MilestoneToJSON(await progress.getMilestone({ id: ids.milestone })),
    listProgressUpdates: (await readAll((cursor) =>
      progress.listProgressUpdates({ id: ids.milestone, limit, cursor })))
      .map(ProgressUpdateToJSON),
    listIrmRecords: (await readAll((cursor) => assessments.listIrmRecords({ limit, cursor })))
      .map(CommitmentAssessmentToJSON),
    countIrmRecords: CountsToJSON(await assessments.countIrmRecords()),
    listCompliance: (await readAll((cursor) => compliance.listCompliance({ limit, cursor })))
      .map(ComplianceToJSON),
    listReports: (await readAll((cursor) => reports.listReports({ limit, cursor })))
      .map(ReportToJSON),
    getReport: ReportToJSON(await reports.getReport({ id: ids.report })),
    listReportAssessments: (await readAll((cursor) =>
      reports.listReportAssessments({ id: ids.report, limit, cursor }))).map(AssessmentToJSON),
    getReportAssessment: AssessmentToJSON(await reports.getReportAssessment(
      { id: ids.report, commitmentId: ids.commitment })),
    getPlanTracking: PlanTrackingToJSON(await tracking.getPlanTracking({ planId: ids.plan })),
    listPlanTimeline: (await readAll((cursor) =>
      tracking.listPlanTimeline({ planId: ids.plan, limit, cursor }))).map(TimelineEntryToJSON),
    getScorecard: ScorecardToJSON(await scorecards.getScorecard({ commitmentId: ids.commitment })),
    listChanges: (await follow((after) =>
      changes.listChanges({ member: ids.member, limit, after }))).map(ChangeEventToJSON),
    listSubscriptions: (await readAll((cursor) => webhooks.listSubscriptions({ limit, cursor })))
      .map(SubscriptionToJSON),
    getSubscription: SubscriptionToJSON(await webhooks.getSubscription({ id: ids.subscription })),
    listDeliveries: (await readAll((cursor) =>
      webhooks.listDeliveries({ id: ids.subscription, limit, cursor }))).map(DeliveryToJSON),
    openDataCatalog: DataCatalogToJSON(await gatewayApi.openDataCatalog()),
    dcatUsCatalog: DcatUsCatalogToJSON(await gatewayApi.dcatUsCatalog()),
    dcatApCatalog: DcatApCatalogToJSON(await gatewayApi.dcatApCatalog()),
  };
}

const [gateway, ids, limit] = process.argv.slice(2);
main(gateway, JSON.parse(ids) as Ids, Number(limit)).then(
  (read) => process.stdout.write(JSON.stringify(read)),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
