import type { Service } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { authTestConfig, tokenFor } from '../support/auth';
import { startDemoService } from '../support/db';

type Data = Record<string, any>;

const PIPELINE = '{ pipelineStats(filter: {from: "2026-01-01", to: "2026-12-31"}) { entered { stage count amountYi } } }';
const OVERVIEW = '{ chainGapOverview { industry { code } localSupplyRate statusCounts { status count } } }';

/** The response cache (RESPONSE_CACHE_MB): repeated analysis questions from memory, never stale, never across roles. */
describe('response cache per graph version', () => {
  let svc: Service;
  let analyst: string;
  let viewer: string;
  let planner: string;
  beforeAll(async () => {
    svc = await startDemoService({ ...authTestConfig(false), responseCacheMb: 16 });
    [analyst, viewer, planner] = await Promise.all([
      tokenFor(Role.ANALYST),
      tokenFor(Role.VIEWER),
      tokenFor(Role.PLANNER, 'planner-cache'),
    ]);
  });
  afterAll(() => svc?.close());

  const post = async (query: string, token: string, variables: Data = {}): Promise<{ cache: string | null; body: Data }> => {
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: res.headers.get('x-response-cache'), body: (await res.json()) as Data };
  };

  it('answers a repeated question from memory, the same answer', async () => {
    const first = await post(OVERVIEW, analyst);
    const again = await post(OVERVIEW, analyst);
    expect([first.cache, again.cache]).toEqual(['miss', 'hit']);
    expect(again.body).toEqual(first.body);
    expect(first.body.errors).toBeUndefined();
  });

  it('keeps roles apart, and other variables apart', async () => {
    await post(OVERVIEW, analyst);
    expect((await post(OVERVIEW, viewer)).cache).toBe('miss');
    expect((await post(OVERVIEW, viewer)).cache).toBe('hit');
    const q = 'query($c: String!) { chainGaps(industryCode: $c) { industry { code } localSupplyRate } }';
    const ne = await post(q, analyst, { c: 'NE' });
    const stone = await post(q, analyst, { c: 'STONE' });
    expect([ne.cache, stone.cache]).toEqual(['miss', 'miss']);
    expect(stone.body.data.chainGaps.industry.code).toBe('STONE');
  });

  it('never serves an answer the graph has moved past: a write moves the version, the next answer is fresh', async () => {
    const before = await post(PIPELINE, analyst);
    expect((await post(PIPELINE, analyst)).cache).toBe('hit');
    const signed = (b: Data): number => b.data.pipelineStats.entered.find((e: Data) => e.stage === 'SIGNED').count as number;
    const created = await post(
      'mutation { createProject(input: {name: "缓存测试项目", amountYi: 3, stage: SIGNED, on: "2026-03-01"}) { id } }',
      planner,
    );
    expect(created.body.errors).toBeUndefined();
    const after = await post(PIPELINE, analyst);
    expect(after.cache).toBe('miss');
    expect(signed(after.body)).toBe(signed(before.body) + 1);
  });

  it('does not cache writes, answers with errors, cheap reads or what changes beside the graph', async () => {
    const bad = '{ chainGaps(industryCode: "NOPE") { localSupplyRate } }';
    const first = await post(bad, analyst);
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect((await post(bad, analyst)).cache).toBe('miss');
    // A read by key, and import jobs (they move without the graph version): no cache at all.
    expect((await post('{ enterprise(uscc: "91441900MA41F5KE5A") { name } }', analyst)).cache).toBeNull();
    const admin = await tokenFor(Role.ADMIN);
    expect((await post('{ importJobs(first: 1) { id } chainGapOverview { localSupplyRate } }', admin)).cache).toBeNull();
  });

  it('never gives one role the answer another role was given', async () => {
    // The analyst's ranking is in memory; a viewer asking the same is refused (the key holds the role).
    const ranked = '{ rankTargets(input: {industryCode: "NE"}, first: 5) { totalCount } }';
    await post(ranked, analyst);
    expect((await post(ranked, analyst)).cache).toBe('hit');
    const refused = await post(ranked, viewer);
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
