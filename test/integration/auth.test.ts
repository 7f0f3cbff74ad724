import { getMetadataStorage } from 'type-graphql';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { getSchema } from '../../src/schema';
import { authTestConfig, tokenFor } from '../support/auth';
import { resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

const USCC = '91350583MACJW9D18N';
/**
 * One operation per root field, with the least role it needs. A root field missing here fails the
 * suite: a new operation must come with its access rule and a test of it.
 */
const OPERATIONS: Record<string, { role: Role; doc: string }> = {
  about: { role: Role.VIEWER, doc: '{ about { service } }' },
  associations: { role: Role.VIEWER, doc: '{ associations(first: 1) { totalCount } }' },
  chainGapOverview: { role: Role.VIEWER, doc: '{ chainGapOverview { localSupplyRate } }' },
  chainGaps: { role: Role.VIEWER, doc: '{ chainGaps(industryCode: "NE") { localSupplyRate } }' },
  chainLink: { role: Role.VIEWER, doc: '{ chainLink(code: "NE-HJT") { name } }' },
  chambers: { role: Role.VIEWER, doc: '{ chambers(first: 1) { totalCount } }' },
  city: { role: Role.VIEWER, doc: '{ city(code: "350583") { name } }' },
  enterprise: { role: Role.VIEWER, doc: `{ enterprise(uscc: "${USCC}") { name } }` },
  enterprises: { role: Role.VIEWER, doc: '{ enterprises(first: 1) { totalCount } }' },
  industries: { role: Role.VIEWER, doc: '{ industries { code } }' },
  industry: { role: Role.VIEWER, doc: '{ industry(code: "NE") { name } }' },
  park: { role: Role.VIEWER, doc: '{ park(id: "PK-STD-1") { name } }' },
  parks: { role: Role.VIEWER, doc: '{ parks(first: 1) { totalCount } }' },
  project: { role: Role.VIEWER, doc: '{ project(id: "PJ-2022-0001") { name } }' },
  projects: { role: Role.VIEWER, doc: '{ projects(first: 1) { totalCount } }' },
  search: { role: Role.VIEWER, doc: '{ search(text: "阀门") { name } }' },
  ask: { role: Role.VIEWER, doc: '{ ask(question: "新能源链断在哪？") { answered } }' },
  teams: { role: Role.VIEWER, doc: '{ teams { id } }' },
  node: { role: Role.VIEWER, doc: '{ node(id: "NE") { id } }' },
  enumLabels: { role: Role.VIEWER, doc: '{ enumLabels { name } }' },
  signingEvents: { role: Role.VIEWER, doc: '{ signingEvents { projectCount } }' },
  rankTargets: { role: Role.ANALYST, doc: '{ rankTargets(input: {}, first: 1) { totalCount } }' },
  warmPaths: { role: Role.ANALYST, doc: `{ warmPaths(uscc: "${USCC}") { kind } }` },
  simulateLanding: { role: Role.ANALYST, doc: `{ simulateLanding(input: {targets: ["${USCC}"]}) { gapsClosed { code } } }` },
  scenarios: { role: Role.ANALYST, doc: '{ scenarios { totalCount } }' },
  scenario: { role: Role.ANALYST, doc: '{ scenario(id: "none") { id } }' },
  saveScenario: { role: Role.PLANNER, doc: 'mutation { saveScenario(input: {name: "x", portfolio: {count: 1}}) { id } }' },
  deleteScenario: { role: Role.PLANNER, doc: 'mutation { deleteScenario(id: "none") }' },
  backtestRanking: { role: Role.ANALYST, doc: '{ backtestRanking(input: {asOf: "2022-06-30", k: 1}) { signed } }' },
  planPortfolio: { role: Role.ANALYST, doc: '{ planPortfolio(input: {count: 2}) { value } }' },
  pipelineStats: { role: Role.VIEWER, doc: '{ pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31"}) { from } }' },
  auditTrail: { role: Role.ADMIN, doc: '{ auditTrail(first: 1) { endCursor } }' },
  importJob: { role: Role.ADMIN, doc: '{ importJob(id: "import-00000000-0000-4000-8000-000000000000") { id } }' },
  importJobs: { role: Role.ADMIN, doc: '{ importJobs(first: 1) { id } }' },
  simulateApprovals: { role: Role.ANALYST, doc: '{ simulateApprovals(input: {}) { expectedStartOn } }' },
  projectWarnings: { role: Role.ANALYST, doc: '{ projectWarnings(first: 1) { counts { red } } }' },
  officeBoard: { role: Role.ANALYST, doc: '{ officeBoard(office: PARKS) { officeLabel } }' },
  landPlots: { role: Role.VIEWER, doc: '{ landPlots(first: 1) { id } }' },
  idleLandTask: { role: Role.VIEWER, doc: '{ idleLandTask { share } }' },
  landBalance: { role: Role.VIEWER, doc: '{ landBalance(by: CHAIN) { key } }' },
  funds: { role: Role.ANALYST, doc: '{ funds { leftYi } }' },
  annualReview: { role: Role.ANALYST, doc: '{ annualReview(year: 2022, first: 1) { reviewed } }' },
  parkPerformance: { role: Role.VIEWER, doc: '{ parkPerformance(year: 2022) { rank } }' },
  updateAgreement: {
    role: Role.PLANNER,
    doc: 'mutation { updateAgreement(input: {projectId: "PJ-NOPE", expectedVersion: 0, agreedStartOn: "2026-01-01"}) { agreedStartOn } }',
  },
  recordAnnualReport: {
    role: Role.PLANNER,
    doc: 'mutation { recordAnnualReport(input: {projectId: "PJ-NOPE", expectedVersion: 0, year: 2025, investedYi: 1, outputYi: 1, taxWan: 1}) { year } }',
  },
  reservePlot: {
    role: Role.PLANNER,
    doc: 'mutation { reservePlot(input: {plotId: "LP-NOPE", projectId: "PJ-NOPE", on: "2026-01-01", expectedVersion: 0}) { parkAvailableMu } }',
  },
  allocatePlot: {
    role: Role.PLANNER,
    doc: 'mutation { allocatePlot(input: {plotId: "LP-NOPE", projectId: "PJ-NOPE", on: "2026-01-01", expectedVersion: 0}) { parkAvailableMu } }',
  },
  releasePlot: {
    role: Role.PLANNER,
    doc: 'mutation { releasePlot(input: {plotId: "LP-NOPE", reason: "测试", on: "2026-01-01", expectedVersion: 0}) { parkAvailableMu } }',
  },
  markPlotIdle: {
    role: Role.PLANNER,
    doc: 'mutation { markPlotIdle(input: {plotId: "LP-NOPE", reason: "测试", on: "2026-01-01", expectedVersion: 0}) { parkAvailableMu } }',
  },
  recordRevitalization: {
    role: Role.PLANNER,
    doc: 'mutation { recordRevitalization(input: {plotId: "LP-NOPE", mu: 1, on: "2026-01-01", expectedVersion: 0}) { parkAvailableMu } }',
  },
  commitFund: {
    role: Role.PLANNER,
    doc: 'mutation { commitFund(input: {fundId: "F-NOPE", projectId: "PJ-NOPE", amountYi: 1, on: "2026-01-01", expectedVersion: 0}) { id } }',
  },
  recordFundInvestment: {
    role: Role.PLANNER,
    doc: 'mutation { recordFundInvestment(input: {commitmentId: "FC-NOPE", amountYi: 1, on: "2026-01-01", expectedVersion: 0}) { id } }',
  },
  planProjectApprovals: {
    role: Role.PLANNER,
    doc: 'mutation { planProjectApprovals(input: {projectId: "PJ-NOPE", template: NEW_LAND, expectedVersion: 0}) { code } }',
  },
  startApprovalStep: {
    role: Role.PLANNER,
    doc: 'mutation { startApprovalStep(input: {projectId: "PJ-NOPE", code: "EIA", on: "2026-01-01", expectedVersion: 0}) { code } }',
  },
  completeApprovalStep: {
    role: Role.PLANNER,
    doc: 'mutation { completeApprovalStep(input: {projectId: "PJ-NOPE", code: "EIA", on: "2026-01-01", expectedVersion: 0}) { code } }',
  },
  requestService: {
    role: Role.PLANNER,
    doc: 'mutation { requestService(input: {projectId: "PJ-NOPE", kind: ROADS, description: "测试", on: "2026-01-01", dueOn: "2026-02-01", expectedVersion: 0}) { id } }',
  },
  resolveService: {
    role: Role.PLANNER,
    doc: 'mutation { resolveService(input: {serviceId: "SR-NOPE", on: "2026-01-01", resolution: "测试"}) { id } }',
  },
  handOffProject: {
    role: Role.PLANNER,
    doc: 'mutation { handOffProject(input: {projectId: "PJ-NOPE", office: PARKS, on: "2026-01-01", expectedVersion: 0}) { id } }',
  },
  createProject: {
    role: Role.PLANNER,
    doc: 'mutation { createProject(input: {name: "权限测试", amountYi: 1, stage: PLANNED, on: "2026-01-01"}) { id } }',
  },
  updateProject: { role: Role.PLANNER, doc: 'mutation { updateProject(input: {id: "PJ-NOPE", expectedVersion: 0, amountYi: 1}) { id } }' },
  advanceProjectStage: {
    role: Role.PLANNER,
    doc: 'mutation { advanceProjectStage(input: {id: "PJ-NOPE", expectedVersion: 0, to: SIGNED, on: "2026-01-01"}) { id } }',
  },
  withdrawProject: {
    role: Role.PLANNER,
    doc: 'mutation { withdrawProject(input: {id: "PJ-NOPE", expectedVersion: 0, on: "2026-01-01", reason: "测试"}) { id } }',
  },
  recordMilestone: {
    role: Role.PLANNER,
    doc: 'mutation { recordMilestone(input: {projectId: "PJ-NOPE", kind: CONTRACT, on: "2026-01-01"}) { id } }',
  },
  recordDefault: {
    role: Role.PLANNER,
    doc: 'mutation { recordDefault(input: {projectId: "PJ-NOPE", expectedVersion: 0, on: "2026-01-01", disposal: URGE_RECTIFY, description: "测试", deadline: "2026-02-01"}) { id } }',
  },
  resolveDefault: {
    role: Role.PLANNER,
    doc: 'mutation { resolveDefault(input: {defaultId: "DF-NOPE", expectedVersion: 0, on: "2026-01-01", resolution: "测试"}) { id } }',
  },
  assignTarget: {
    role: Role.PLANNER,
    doc: `mutation { assignTarget(input: {uscc: "${USCC}", teamId: "T-NOPE", owner: "张三"}) { uscc } }`,
  },
  unassignTarget: { role: Role.PLANNER, doc: `mutation { unassignTarget(input: {uscc: "${USCC}", teamId: "T-NOPE"}) { uscc } }` },
  logFollowUp: {
    role: Role.PLANNER,
    doc: `mutation { logFollowUp(input: {uscc: "${USCC}", on: "2026-01-01", kind: CALL, peopleMet: [], notes: "测试"}) { id } }`,
  },
  setTargetStatus: {
    role: Role.PLANNER,
    doc: `mutation { setTargetStatus(input: {uscc: "${USCC}", expectedVersion: 0, status: CONTACTED}) { uscc } }`,
  },
  upsertEnterprise: {
    role: Role.ADMIN,
    doc: `mutation { upsertEnterprise(input: {uscc: "${USCC}", name: "权限测试企业", cityCode: "350583", isLocal: true}) { uscc } }`,
  },
  upsertPerson: { role: Role.ADMIN, doc: 'mutation { upsertPerson(input: {name: "权限测试"}) { id } }' },
  linkExecutive: {
    role: Role.ADMIN,
    doc: `mutation { linkExecutive(input: {personId: "P-NOPE", uscc: "${USCC}", title: "董事长"}) { id } }`,
  },
  recordMembership: {
    role: Role.ADMIN,
    doc: 'mutation { recordMembership(input: {personId: "P-NOPE", chamberId: "CH-001", role: MEMBER}) { id } }',
  },
  assessProject: { role: Role.ANALYST, doc: '{ assessProject(input: {projectId: "PJ-NOPE"}) { score } }' },
  assessmentCalibration: { role: Role.ANALYST, doc: '{ assessmentCalibration { projects } }' },
  chainGapChanges: { role: Role.VIEWER, doc: '{ chainGapChanges(input: {from: "2022-07-01", to: "2022-12-31"}) { kind } }' },
  targetMoves: {
    role: Role.ANALYST,
    doc: '{ targetMoves(input: {from: "2022-07-01", to: "2022-12-31", industryCode: "NE", first: 3}) { moveLabel } }',
  },
  experts: { role: Role.ANALYST, doc: '{ experts { id } }' },
  myReviews: { role: Role.EXPERT, doc: '{ myReviews { request { id } } }' },
  saveExpert: {
    role: Role.ADMIN,
    doc: 'mutation { saveExpert(input: {id: "EX-AUTH", name: "权限测试", field: "测试", organisation: "测试单位", industryCodes: ["NE"]}) { id } }',
  },
  requestReview: {
    role: Role.PLANNER,
    doc: 'mutation { requestReview(input: {projectId: "PJ-NOPE", expectedVersion: 0, expertIds: ["EX-01"], dueOn: "2099-01-01"}) { id } }',
  },
  submitReview: {
    role: Role.EXPERT,
    doc: 'mutation { submitReview(input: {projectId: "PJ-NOPE", scores: {hard: 1, strength: 1, synergy: 1, feasibility: 1}, opinion: "权限测试的评审意见", recommendation: PASS}) { id } }',
  },
  decideAssessment: {
    role: Role.PLANNER,
    doc: 'mutation { decideAssessment(input: {projectId: "PJ-NOPE", expectedVersion: 0, verdict: PASS}) { id } }',
  },
  updateProposal: {
    role: Role.PLANNER,
    doc: 'mutation { updateProposal(input: {projectId: "PJ-NOPE", expectedVersion: 0, terms: {landMu: 10}}) { landMu } }',
  },
};
const ORDER = [Role.VIEWER, Role.ANALYST, Role.PLANNER, Role.ADMIN];
/** The role just below on the ladder; for the expert's operations, every role on it is the wrong one. */
const below = (r: Role): Role | undefined => (r === Role.EXPERT ? Role.ADMIN : ORDER[ORDER.indexOf(r) - 1]);
/** The roles that may run an operation: its role and those above it, or the expert alone. */
const allowed = (r: Role): Role[] => (r === Role.EXPERT ? [Role.EXPERT] : ORDER.slice(ORDER.indexOf(r)));
const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe('access control: every operation has an owner', () => {
  let svc: Service;
  const tokens = {} as Record<Role, string>;
  let expired: string;
  let otherKey: string;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw); // an empty graph: access is decided before any data is read
    await gw.close();
    svc = await startService(authTestConfig(false), silentLogger);
    for (const r of [...ORDER, Role.EXPERT]) tokens[r] = await tokenFor(r);
    expired = await tokenFor(Role.ADMIN, 'old', { days: -1 });
    otherKey = await tokenFor(Role.ADMIN, 'mallory', { secret: 'another-secret-another-secret-another-secret' });
  });
  afterAll(() => svc.close());

  it('refuses a viewer a ranked row through node(id), as rankTargets does', async () => {
    const doc = '{ node(id: "RankedTarget:FILL:NE:91441900MA41F5KE5A") { id } }';
    const viewer = await gql(svc.url, doc, {}, tokens[Role.VIEWER]);
    expect(viewer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ANALYST' });
    // An analyst passes the rule; on this empty graph there is no such row.
    expect((await gql(svc.url, doc, {}, tokens[Role.ANALYST])).data).toEqual({ node: null });
  });

  it('lists every root field of the schema here, and each carries an @Authorized rule', async () => {
    const schema = await getSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(roots).toEqual(Object.keys(OPERATIONS).sort());
    const storage = getMetadataStorage();
    const ruled = new Set(storage.authorizedFields.map((a) => a.fieldName));
    const rootResolvers = [...storage.queries, ...storage.mutations].map((q) => q.methodName);
    expect(rootResolvers.filter((name) => !ruled.has(name))).toEqual([]);
  });

  it.each(Object.entries(OPERATIONS))(
    '%s: refused without a token, with an expired one or another key; wrong role FORBIDDEN; right role allowed',
    async (_name, op) => {
      for (const token of [undefined, expired, otherKey]) {
        const res = await gql(svc.url, op.doc, {}, token);
        expect([res.status, res.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      const lower = below(op.role);
      if (lower) {
        const res = await gql(svc.url, op.doc, {}, tokens[lower]);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: op.role });
      }
      for (const r of allowed(op.role)) {
        const res = await gql(svc.url, op.doc, {}, tokens[r]);
        expect(res.status).not.toBe(401);
        expect((res.errors ?? []).filter((e) => AUTH_CODES.includes(String(e.extensions?.code)))).toEqual([]);
      }
    },
  );

  it('an expert (专家) runs only the expert’s operations: every other one is FORBIDDEN', async () => {
    const refused: string[] = [];
    for (const [name, op] of Object.entries(OPERATIONS)) {
      if (op.role === Role.EXPERT) continue;
      const res = await gql(svc.url, op.doc, {}, tokens[Role.EXPERT]);
      if (res.errors?.[0].extensions?.code === 'FORBIDDEN') refused.push(name);
    }
    expect(refused.sort()).toEqual(
      Object.entries(OPERATIONS)
        .filter(([, op]) => op.role !== Role.EXPERT)
        .map(([name]) => name)
        .sort(),
    );
  });

  it('leaves health checks and unknown routes open: only the API routes need a token', async () => {
    expect((await fetch(`${svc.url}/health`)).status).toBe(200);
    expect((await fetch(`${svc.url}/no-such-route`)).status).toBe(404);
    expect((await fetch(`${svc.url}/import`, { method: 'POST', body: 'x' })).status).toBe(401);
  });

  it('answers 401 for a malformed Authorization header', async () => {
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: '{"query":"{ about { service } }"}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('development without a token: anonymous reads, never writes', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startService(authTestConfig(true), silentLogger);
  });
  afterAll(() => svc.close());

  it('reads everything a reader may, and refuses every mutation with UNAUTHENTICATED', async () => {
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const res = await gql(svc.url, op.doc);
      const code = res.errors?.[0]?.extensions?.code;
      if (op.role === Role.VIEWER || op.role === Role.ANALYST) expect([name, AUTH_CODES.includes(String(code))]).toEqual([name, false]);
      else expect([name, code]).toEqual([name, 'UNAUTHENTICATED']);
    }
  });
});

describe('CORS for named front-end origins', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startService({ ...authTestConfig(false), corsOrigins: ['https://zs.example.cn'] }, silentLogger);
  });
  afterAll(() => svc.close());

  const preflight = (origin: string): Promise<Response> =>
    fetch(`${svc.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });

  it('lets a named origin call the API with a token, and no other', async () => {
    const ok = await preflight('https://zs.example.cn');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://zs.example.cn');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const token = await tokenFor(Role.VIEWER);
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://zs.example.cn', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":"{ about { service } }"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://zs.example.cn');
  });
});
