import fs from 'node:fs';
import path from 'node:path';
import { listCypherNames } from '../../src/db/cypher-files';
import type { Neo4jGateway } from '../../src/db/gateway';
import { isQuery, Query, queryName, shapeProblems } from '../../src/db/query';
import { ENTERPRISE_FILTER_KEYS } from '../../src/modules/enterprise/enterprise.queries';
import { CREATE_JOB, UPDATE_JOB } from '../../src/modules/import/import-job.queries';
import { importDataset } from '../../src/modules/import/import.service';
import { PROJECT_FILTER_KEYS } from '../../src/modules/project/project.queries';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { Role, rolesOf } from '../../src/auth/roles';
import { DefaultDisposal, FollowUpKind, MilestoneKind } from '../../src/domain/enums';
import { ProjectStage } from '../../src/domain/project-stage';
import { createContext } from '../../src/graphql/context';
import { CreateProjectInput, LogFollowUpInput, RecordDefaultInput, RecordMilestoneInput } from '../../src/modules/ledger/ledger.input';
import { ProjectLedgerService } from '../../src/modules/ledger/project-ledger.service';
import { TargetLedgerService } from '../../src/modules/ledger/target-ledger.service';
import { PlanPortfolioInput } from '../../src/modules/planning/portfolio.input';
import { SaveScenarioInput } from '../../src/modules/planning/scenario.input';
import { ScenarioService } from '../../src/modules/planning/scenario.service';
import { AssessmentVerdict } from '../../src/domain/assessment.model';
import {
  DecideAssessmentInput,
  RequestReviewInput,
  ReviewScoresInput,
  SubmitReviewInput,
} from '../../src/modules/assessment/assessment.input';
import { AssessmentService } from '../../src/modules/assessment/assessment.service';
import { ExpertService } from '../../src/modules/assessment/expert.service';

/** Every query exported by a `*.queries.ts` file under src/ (including maps of queries such as WRITE). */
function declaredQueries(): Map<string, Query<object, unknown>> {
  const found = new Map<string, Query<object, unknown>>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (e.name.endsWith('.queries.ts')) {
        for (const value of Object.values(require(file) as Record<string, unknown>)) {
          const list = isQuery(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value).filter(isQuery) : [];
          for (const q of list) found.set(queryName(q), q);
        }
      }
    }
  };
  walk(path.join(__dirname, '..', '..', 'src'));
  return found;
}

const NE_CELL = 'NE-CELL';

/** Parameters that make each read return rows on the demo data; writes are exercised by the import tests. */
async function sampleParams(gw: Neo4jGateway): Promise<Record<string, Record<string, unknown>>> {
  const pick = async (cypher: string): Promise<string> => {
    const [row] = await gw.readTx((tx) => tx.runText<{ k: string }>(cypher));
    if (!row) throw new Error(`no demo row for ${cypher}`);
    return row.k;
  };
  const uscc = await pick(
    'MATCH (e:Enterprise)-[:INVESTS_IN]->(:Project) WHERE EXISTS { (e)<-[:EXECUTIVE_OF]-() } AND EXISTS { (e)-[:SUPPLIES]->() } AND EXISTS { ()-[:SUPPLIES]->(e) } RETURN e.uscc AS k ORDER BY k LIMIT 1',
  );
  const target = await pick('MATCH (:Team)-[:FOLLOWS]->(e:Enterprise {isTarget: true}) RETURN e.uscc AS k ORDER BY k LIMIT 1');
  const person = await pick(
    'MATCH (p:Person)-[:MEMBER_OF]->(:Chamber) WHERE EXISTS { (p)-[:MEMBER_OF]->(:Association) } AND EXISTS { (p)-[:EXECUTIVE_OF]->() } RETURN p.id AS k ORDER BY k LIMIT 1',
  );
  const chamber = await pick('MATCH (c:Chamber)<-[:MEMBER_OF]-() RETURN c.id AS k ORDER BY k LIMIT 1');
  const association = await pick('MATCH (a:Association)<-[:MEMBER_OF]-() RETURN a.id AS k ORDER BY k LIMIT 1');
  const park = await pick(
    'MATCH (p:Park)<-[:IN_PARK]-() WHERE EXISTS { (p)<-[:LOCATED_IN]-(:Project) } RETURN p.id AS k ORDER BY k LIMIT 1',
  );
  const project = await pick('MATCH (p:Project)-[:FILLS]->() WHERE EXISTS { (p)-[:SIGNED_AT]->() } RETURN p.id AS k ORDER BY k LIMIT 1');
  const team = await pick('MATCH (t:Team)-[:FOLLOWS]->() WHERE EXISTS { (t)-[:RESPONSIBLE_FOR]->() } RETURN t.id AS k ORDER BY k LIMIT 1');
  const parentTeam = await pick('MATCH (t:Team)<-[:PART_OF]-() RETURN t.id AS k ORDER BY k LIMIT 1');
  const town = await pick('MATCH (t:Town) RETURN t.code AS k ORDER BY k LIMIT 1');
  const stepped = await pick('MATCH (:ApprovalStep)-[:OF]->(p:Project) RETURN p.id AS k ORDER BY k LIMIT 1');
  const serviced = await pick('MATCH (r:ServiceRequest) RETURN r.id AS k ORDER BY k LIMIT 1');
  const servicedProject = await pick('MATCH (:ServiceRequest)-[:FOR]->(p:Project) RETURN p.id AS k ORDER BY k LIMIT 1');
  const reported = await pick('MATCH (:AnnualReport)-[:OF]->(p:Project) RETURN p.id AS k ORDER BY k LIMIT 1');
  const funded = await pick('MATCH (:FundCommitment)-[:TO]->(p:Project) RETURN p.id AS k ORDER BY k LIMIT 1');
  const proposed = await pick(
    'MATCH (x:Enterprise)-[:INVESTS_IN]->(p:Project) WHERE p.proposedLandMu IS NOT NULL RETURN p.id AS k ORDER BY k LIMIT 1',
  );
  const checked = await pick('MATCH (:CreditCheck)-[:OF]->(e:Enterprise)-[:INVESTS_IN]->() RETURN e.uscc AS k ORDER BY k LIMIT 1');
  const page = { after: null, limit: 5, numKey: null, strKey: 'name', dir: 1 };
  const ALL_FOLDS = { places: true, links: true, executives: true, projects: true };
  const keys = (k: string): Record<string, unknown> => ({ keys: [k] });
  const nulls = (names: string[]): Record<string, null> => Object.fromEntries(names.map((n) => [n, null]));
  const enterpriseFilter = {
    f: nulls([...ENTERPRISE_FILTER_KEYS]),
    home: '350583',
  };
  const projectFilter = { f: nulls([...PROJECT_FILTER_KEYS]) };
  const parkFilter = { f: nulls(['townCode', 'standardized', 'industryCode', 'chainLinkCode', 'availableLandMin']) };
  return {
    // Folds on, so the folded relations are checked against their shapes too.
    'enterprise/match+enterprise/sort-keys+common/page-window+enterprise/fold': { ...enterpriseFilter, ...page, fold: ALL_FOLDS },
    'enterprise/match+enterprise/sort-keys+common/count': { ...enterpriseFilter, ...page },
    'enterprise/by-uscc-folded+enterprise/fold': { uscc, fold: ALL_FOLDS },
    'enterprise/by-usccs-folded+enterprise/fold': { usccs: [uscc, target], fold: ALL_FOLDS },
    'project/filter+common/page-window+common/page-return': { ...projectFilter, ...page },
    'project/filter+common/count': { ...projectFilter, ...page },
    'project/filter+project/amount': { ...projectFilter, ...page },
    'project/signing-events': {},
    'node/by-key': { key: 'NE', uscc: 'NE', type: null },
    'project/projects-of-events': { keys: ['EV-01', 'EV-04'] },
    'park/filter+common/page-window+common/page-return': { ...parkFilter, ...page },
    'park/filter+common/count': { ...parkFilter, ...page },
    'chamber/filter+common/page-window+common/page-return': { f: nulls(['kind', 'cityCode', 'countryCode']), ...page },
    'chamber/filter+common/count': { f: nulls(['kind', 'cityCode', 'countryCode']), ...page },
    'chamber/association-filter+common/page-window+common/page-return': { f: { industryCode: null }, ...page },
    'chamber/association-filter+common/count': { f: { industryCode: null }, ...page },
    'enterprise/by-uscc': { uscc },
    'enterprise/places-of': keys(uscc),
    'enterprise/links-of': keys(uscc),
    'enterprise/executives-of': keys(uscc),
    'enterprise/suppliers-of': keys(uscc),
    'enterprise/customers-of': keys(uscc),
    'enterprise/projects-of': keys(uscc),
    'enterprise/followers-of': keys(target),
    'industry/all': {},
    'industry/by-code': { code: 'NE' },
    'industry/link-by-code': { code: NE_CELL },
    'industry/links-of-industry': keys('NE'),
    'industry/industry-of-link': keys(NE_CELL),
    'industry/upstream-of-link': keys(NE_CELL),
    'industry/downstream-of-link': keys(NE_CELL),
    'industry/operators-of-link': keys(NE_CELL),
    'industry/projects-of-link': keys(NE_CELL),
    'enterprise/identity-records': {},
    'planning/landing-firms': { usccs: [uscc, target] },
    'pipeline/projects': { industryCode: null, parkId: null, teamId: null, campaign100Days: null },
    'pipeline/towns': { codes: ['350583101', '350583117'] },
    'enterprise/place-names': {},
    'chamber/places-of': keys(chamber),
    'chamber/members-of': keys(chamber),
    'chamber/association-places-of': keys(association),
    'chamber/association-members-of': keys(association),
    'city/by-code': { code: '350583' },
    'city/enterprises-of': keys('350583'),
    'city/chambers-of': keys('440300'),
    'city/towns-of': keys('350583'),
    'city/city-of-town': keys(town),
    'park/by-id': { id: park },
    'park/stats-of': keys(park),
    'park/positions-of': keys(park),
    'park/enterprises-of': keys(park),
    'park/projects-of': keys(park),
    'person/native-city-of': keys(person),
    'person/positions-of': keys(person),
    'person/chambers-of': keys(person),
    'person/associations-of': keys(person),
    'project/by-id': { id: project },
    'project/refs-of': keys(project),
    'project/links-of': keys(project),
    'team/all': {},
    'team/refs-of': keys(parentTeam),
    'team/children-of': keys(parentTeam),
    'team/follows-of': keys(team),
    'team/projects-of': keys(team),
    'search/names': { query: 'nanan*', skip: 0, limit: 5, candidates: 2000 },
    'ask/names': {},
    'ask/data-through': {},
    'system/about': {},
    'system/migrations-applied': {},
    'system/graph-version': {},
    'system/ping': {},
    'system/domain-node-count': {},
    'admin/fingerprint': {},
    'analysis/link-metrics': {},
    'analysis/target-candidates': { industry: 'NE', provinceCode: null, ownerships: null, fortune500Only: false },
    'analysis/parks': {},
    'analysis/flows': {},
    'analysis/industry-facts': {},
    'planning/signings': { after: '2022-06-30', until: '2022-12-31' },
    'analysis/warm-paths': { usccs: [target, uscc], home: '350583' },
    'import/existing-keys': { label: 'Enterprise', keys: [uscc] },
    'import/project-stages': { ids: [project] },
    'land/plots': { parkId: null, statuses: null, industryCode: null, projectId: null, limit: 20 },
    'land/plots-of-park': keys('PK-STD-1'),
    'land/project-hold': { projectId: project },
    'land/idle-task': {},
    'land/land-balance': { waiting: ['SIGNED', 'CONTRACTED'], perMuWan: 300 },
    'land/chain-balance': { waiting: ['SIGNED', 'CONTRACTED'], perMuWan: 300, prospectStatuses: ['INTENT'] },
    'fund/funds': { id: null },
    'fund/commitments-of-project': keys(funded),
    'landing/steps-of': keys(stepped),
    'landing/services-of': keys(servicedProject),
    'landing/service-by-id': { id: serviced },
    'landing/handoffs-of': keys(stepped),
    'landing/warning-facts': { ids: null },
    'landing/review-facts': { ids: null },
    'landing/reports-of': keys(reported),
    'landing/report-of': { projectId: reported, year: 2022 },
    'landing/agreement-of': { id: stepped },
    'landing/template-of': { id: stepped },
    'landing/park-performance': { year: 2022 },
    'assessment/project-terms': { ids: [proposed, stepped] },
    'assessment/investors': { usccs: [checked] },
    'assessment/local-trade': { items: [{ key: 'a', links: [NE_CELL], uscc: checked }] },
    'assessment/park-floors': { items: [{ parkId: park, industryCode: 'NE' }] },
    'assessment/comparables': { industryCode: 'NE', amountYi: 10, factor: 2, excludeId: '', limit: 5 },
    'assessment/signed-projects': { from: '2022-01-01', to: '2022-06-30' },
    'assessment/experts': { industryCode: null },
    'assessment/investor-exists': { uscc: checked },
    'assessment/refs-exist': { industryCodes: ['NE'], personId: person },
    'assessment/conflicts': { expertIds: ['EX-12'], uscc: checked, investorName: null, officerRoles: ['PRESIDENT', 'VICE_PRESIDENT'] },
    'assessment/proposal-of': keys(proposed),
  };
}

/** Writes: run by the importer and the migrator in their own tests (import-*, migrate); not run here. */
/** Sample parameters of the ledger's reads, on the records writeLedgerSamples made. */
function ledgerParams(l: {
  project: string;
  defaultId: string;
  uscc: string;
  requestId: string;
  scenario: string;
  importJob: string;
  reviewed: string;
}): Record<string, Record<string, unknown>> {
  const keys = (k: string): Record<string, unknown> => ({ keys: [k] });
  return {
    'assessment/requests-of-project': keys(l.reviewed),
    'assessment/requests-of-expert': { expertId: 'EX-01' },
    'assessment/decisions-of': keys(l.reviewed),
    'write/request-get': { id: l.requestId },
    'audit/trail': { entityKey: null, actor: null, operation: null, from: null, to: null, afterAt: null, afterId: null, limit: 5 },
    'audit/of-entities': keys(l.project),
    'ledger/project-state': { id: l.project },
    'ledger/project-refs': { industryCode: 'NE', investorUscc: l.uscc, parkId: 'PK-STD-1', teamId: 'T-DG-NE', linkCodes: [NE_CELL] },
    'ledger/target-state': { uscc: l.uscc },
    'ledger/team-exists': { teamId: 'T-DG-NE', uscc: l.uscc },
    'ledger/follow-ups-of': keys(l.uscc),
    'ledger/milestones-of': keys(l.project),
    'ledger/default-case': { id: l.defaultId },
    'ledger/defaults-of': keys(l.project),
    'ledger/enterprise-state': { uscc: l.uscc },
    'ledger/place-refs': { cityCode: '350583', countryCode: 'SG' },
    'ledger/person-state': { id: 'P-000001' },
    'ledger/person-refs': { personId: 'P-000001', uscc: l.uscc, chamberId: 'CH-001', cityCode: '350583' },
    'scenario/by-id': { id: l.scenario },
    'import/job-get': { id: l.importJob },
    'import/job-list': { limit: 5 },
    'scenario/filter+common/page-window+common/page-return': {
      f: { kind: null, createdBy: null, nameContains: null },
      after: null,
      limit: 5,
    },
    'scenario/filter+common/count': { f: { kind: 'PORTFOLIO', createdBy: 'shapes', nameContains: '形状' } },
  };
}

const WRITES =
  /^(import\/(?!existing-keys$|project-stages$|job-get$|job-list$)|system\/(migration-record|bump-version)$|write\/(record|request-put)$|ledger\/(lock-|save-|set-|assign-|unassign-|add-|resolve-|link-|record-|plots-follow-stage)|scenario\/(save|delete)$|land\/(plot-state|save-plot|add-revitalization)$|fund\/(lock-fund|commit|commitment|invest)$|landing\/(project-for-write|touch-project|create-steps|save-step|add-service|resolve-service|add-handoff|save-report|save-agreement)$|assessment\/(expert-lock|save-expert|project-lock|touch-project|save-proposal|request-for-write|create-requests|save-review|create-decision)$)/;

/** A few writes through the ledger services, so the ledger's reads have rows to check. */
async function writeLedgerSamples(
  gw: Neo4jGateway,
): Promise<{ project: string; defaultId: string; uscc: string; requestId: string; scenario: string; importJob: string; reviewed: string }> {
  const scope = createContext(gw, silentLogger, 'shapes', [], undefined, {
    id: 'shapes',
    role: Role.ADMIN,
    roles: rolesOf(Role.ADMIN),
    anonymous: false,
  }).scope;
  const projects = scope.get(ProjectLedgerService);
  const requestId = 'shapes-request-1';
  const p = await projects.createProject(
    Object.assign(new CreateProjectInput(), { name: '形状测试项目', amountYi: 1, stage: ProjectStage.SIGNED, on: '2026-01-02', requestId }),
  );
  await projects.recordMilestone(
    Object.assign(new RecordMilestoneInput(), { projectId: p.id, kind: MilestoneKind.CONTRACT, on: '2026-01-03' }),
  );
  const d = await projects.recordDefault(
    Object.assign(new RecordDefaultInput(), {
      projectId: p.id,
      expectedVersion: 1,
      on: '2026-01-04',
      disposal: DefaultDisposal.URGE_RECTIFY,
      description: '测试',
      deadline: '2026-02-01',
    }),
  );
  const [t] = await gw.readTx((tx) =>
    tx.runText<{ k: string }>('MATCH (e:Enterprise {isTarget: true}) RETURN e.uscc AS k ORDER BY k LIMIT 1'),
  );
  await scope
    .get(TargetLedgerService)
    .logFollowUp(
      Object.assign(new LogFollowUpInput(), { uscc: t.k, on: '2026-01-05', kind: FollowUpKind.CALL, peopleMet: [], notes: '测试' }),
    );
  const scenario = await scope.get(ScenarioService).save(
    Object.assign(new SaveScenarioInput(), {
      name: '形状测试方案',
      portfolio: Object.assign(new PlanPortfolioInput(), { industryCode: 'NE', count: 2 }),
    }),
  );
  const [job] = await gw.write(CREATE_JOB, {
    id: 'import-00000000-0000-4000-8000-00000000beef',
    dryRun: true,
    actor: 'shapes',
    role: Role.ADMIN,
    uploadBytes: 1,
    at: '2026-01-06T00:00:00.000Z',
  });
  await gw.write(UPDATE_JOB, { id: job.job.id, props: { status: 'SUCCEEDED', report: [], counts: '{}' }, at: '2026-01-06T00:00:01.000Z' });
  // 项目预评估: a proposal sent to an expert, reviewed by them, and decided.
  const [r] = await gw.readTx((tx) =>
    tx.runText<{ k: string; v: number }>(
      'MATCH (p:Project) WHERE p.proposedLandMu IS NOT NULL RETURN p.id AS k, coalesce(p.version, 0) AS v ORDER BY k LIMIT 1',
    ),
  );
  await scope
    .get(ExpertService)
    .request(Object.assign(new RequestReviewInput(), { projectId: r.k, expectedVersion: r.v, expertIds: ['EX-01'], dueOn: '2099-01-01' }));
  const expert = createContext(gw, silentLogger, 'shapes-expert', [], undefined, {
    id: 'EX-01',
    role: Role.EXPERT,
    roles: rolesOf(Role.EXPERT),
    anonymous: false,
  }).scope;
  await expert.get(ExpertService).submit(
    Object.assign(new SubmitReviewInput(), {
      projectId: r.k,
      scores: Object.assign(new ReviewScoresInput(), { hard: 30, strength: 20, synergy: 10, feasibility: 5 }),
      opinion: '形状测试的评审意见。',
      recommendation: AssessmentVerdict.CONDITIONAL,
    }),
  );
  await scope.get(AssessmentService).decide(
    Object.assign(new DecideAssessmentInput(), {
      projectId: r.k,
      expectedVersion: r.v + 2,
      verdict: AssessmentVerdict.PASS,
      conditions: [],
    }),
  );
  return { project: p.id, defaultId: d.id, uscc: t.k, requestId, scenario: scenario.id, importJob: job.job.id, reviewed: r.k };
}

describe('the typed query boundary', () => {
  let gw: Neo4jGateway;
  let ledger: Awaited<ReturnType<typeof writeLedgerSamples>>;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    const r = await importDataset(gw, DEMO_DIR);
    expect(r.ok).toBe(true);
    ledger = await writeLedgerSamples(gw);
  });
  afterAll(() => gw.close());

  const declared = declaredQueries();

  it('declares every query file under cypher/ (but the admin wipe and index wait, which run as auto-commit)', () => {
    const used = new Set<string>([...declared.values()].flatMap((q) => q.files));
    // Section files and the per-ordering heads are composed per request (indexedHead); statements.test.ts runs each.
    const composed = (n: string): boolean =>
      ['enterprise/where', 'enterprise/order-index'].includes(n) || n.startsWith('enterprise/order-');
    const unused = listCypherNames().filter(
      (n) => !used.has(n) && !composed(n) && !['admin/wipe-all', 'system/await-indexes', 'common/count'].includes(n),
    );
    expect(unused).toEqual([]);
  });

  it('returns rows of the declared shape for every read query on the demo data', async () => {
    const params = { ...(await sampleParams(gw)), ...ledgerParams(ledger) };
    const reads = [...declared.keys()].filter((n) => !WRITES.test(n));
    // A new read query needs sample parameters here, or it would go unchecked.
    expect(reads.filter((n) => !(n in params))).toEqual([]);
    const problems: string[] = [];
    let checked = 0;
    for (const name of reads) {
      const q = declared.get(name)!;
      const rows = await gw.read(q, params[name]);
      // Queries that return no rows by design (writes) are excluded above; every read must show its shape.
      if (rows.length === 0 && !['system/graph-version'].includes(name))
        problems.push(`${name}: no rows on the demo data (pick better sample parameters)`);
      for (const row of rows) problems.push(...shapeProblems(row, q.shape).map((p) => `${name}: ${p}`));
      checked += rows.length;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('reports a renamed or retyped column against the declared shape', () => {
    const shape = { token: 'string?', n: 'number' } as const;
    expect(shapeProblems({ token: null, n: 3 }, shape)).toEqual([]);
    expect(shapeProblems({ tokn: 'x', n: 3 }, shape)).toEqual([
      'tokn: column is returned but not declared',
      'token: column is declared but not returned',
    ]);
    expect(shapeProblems({ token: 'x', n: '3' }, shape)).toEqual(['n: expected number, got string "3"']);
  });
});
