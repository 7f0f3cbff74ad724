import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;

/**
 * The landing half through the API alone, on the demo data: a contracted project that is late to
 * start (red) gets its plot, is handed to 前期办, has its approvals done and reaches 开工 — and turns
 * green. All of it is dated the day the planners did it (D, after the demo's as-of day).
 */
describe('landing a project: plot, handoff, approvals, 开工, warning red → green', () => {
  const D = '2023-02-01';
  let svc: Service;
  let planner: string;
  let viewer: string;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    const r = await importDataset(gw, DEMO_DIR);
    if (!r.ok) throw new Error('demo did not import');
    await gw.close();
    svc = await startService(authTestConfig(false), silentLogger);
    planner = await tokenFor(Role.PLANNER);
    viewer = await tokenFor(Role.VIEWER);
  });
  afterAll(() => svc.close());

  async function ok(query: string, variables: Record<string, unknown> = {}, token = planner): Promise<Data> {
    const res = await gql<Data>(svc.url, query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  const version = async (id: string): Promise<number> =>
    ((await ok(`query($id: String!) { project(id: $id) { version } }`, { id })) as { project: { version: number } }).project.version;
  const warning = async (id: string): Promise<{ colour: string; reasons: Array<{ rule: string; office: string; text: string }> }> =>
    (
      await ok(`query($id: String!, $on: LocalDate) { project(id: $id) { warning(on: $on) { colour reasons { rule office text } } } }`, {
        id,
        on: D,
      })
    ).project.warning;

  it('goes from red to green through the API alone, every write audited', async () => {
    const board = await ok(
      `query($on: LocalDate) { projectWarnings(on: $on, first: 500, filter: {colours: [RED]}) {
         counts { green amber red } projects { projectId stage parkId plotIds warning { reasons { rule } } } } }`,
      { on: D },
    );
    const counts = board.projectWarnings.counts;
    expect(counts.red).toBeGreaterThan(0);
    expect(counts.green + counts.amber + counts.red).toBeGreaterThan(300);
    // Late to start, with an approval step overdue, and no plot yet.
    const candidate = (board.projectWarnings.projects as Data[]).find(
      (p) =>
        p.stage === 'CONTRACTED' &&
        p.parkId &&
        p.plotIds.length === 0 &&
        p.warning.reasons.some((r: Data) => r.rule === 'LATE_START') &&
        p.warning.reasons.some((r: Data) => r.rule === 'OVERDUE_TASK') &&
        p.warning.reasons.every((r: Data) => r.rule === 'LATE_START' || r.rule === 'OVERDUE_TASK'),
    );
    expect(candidate).toBeDefined();
    const id = candidate!.projectId as string;
    const before = await warning(id);
    expect(before.colour).toBe('RED');
    expect(before.reasons.find((r) => r.rule === 'OVERDUE_TASK')!.text).toMatch(/已逾期 \d+ 天，请(前期办|园区办)推进$/);
    expect(before.reasons.find((r) => r.rule === 'LATE_START')!.text).toMatch(
      /^超过约定开工日 \d+ 天仍未开工，土地有闲置风险，请重点办推进$/,
    );

    // 园区办 allocates a plot of the project's park; the park's available land falls by its area.
    const plots = await ok(`query($p: String) { landPlots(parkId: $p, statuses: [AVAILABLE], first: 2) { id areaMu version parkId } }`, {
      p: candidate!.parkId,
    });
    const [plot, other] = plots.landPlots as Data[];
    const parkBefore = (await ok(`query($p: String!) { park(id: $p) { availableLandMu } }`, { p: plot.parkId })).park.availableLandMu;
    const alloc = await ok(
      `mutation($i: AllocatePlotInput!) { allocatePlot(input: $i) { plot { status projectId version } parkAvailableMu } }`,
      { i: { plotId: plot.id, projectId: id, on: D, expectedVersion: plot.version } },
    );
    expect(alloc.allocatePlot.plot).toEqual({ status: 'ALLOCATED', projectId: id, version: plot.version + 1 });
    expect(alloc.allocatePlot.parkAvailableMu).toBeCloseTo(parkBefore - plot.areaMu, 5);
    expect((await ok(`query($p: String!) { park(id: $p) { availableLandMu } }`, { p: plot.parkId })).park.availableLandMu).toBeCloseTo(
      parkBefore - plot.areaMu,
      5,
    );

    // A second allocation of the same plot is CONFLICT, naming the holder; nothing changes.
    const twice = await gql<Data>(
      svc.url,
      `mutation($i: AllocatePlotInput!) { allocatePlot(input: $i) { plot { id } } }`,
      { i: { plotId: plot.id, projectId: 'PJ-2022-0001', on: D, expectedVersion: plot.version + 1 } },
      planner,
    );
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');
    expect(twice.errors![0].message).toContain(id);
    void other;

    // 园区办 hands it to 前期办.
    const handoff = await ok(`mutation($i: HandOffProjectInput!) { handOffProject(input: $i) { fromOffice toOffice label dueOn } }`, {
      i: { projectId: id, office: 'PREPARATION', on: D, note: '已供地，请推进审批', expectedVersion: await version(id) },
    });
    expect(handoff.handOffProject).toMatchObject({ toOffice: 'PREPARATION', label: expect.stringMatching(/ → 前期办$/) });

    // 前期办 runs every step still open, in the order the steps wait for each other.
    const steps = (await ok(`query($id: String!) { project(id: $id) { approvalSteps { code after startedOn doneOn } } }`, { id })).project
      .approvalSteps as Data[];
    expect(steps.length).toBeGreaterThan(0);
    const done = new Set(steps.filter((s) => s.doneOn).map((s) => s.code as string));
    while (done.size < steps.length) {
      const next = steps.find((s) => !done.has(s.code) && (s.after as string[]).every((a) => done.has(a)))!;
      if (!next.startedOn)
        await ok(`mutation($i: StartApprovalStepInput!) { startApprovalStep(input: $i) { state dueOn } }`, {
          i: { projectId: id, code: next.code, on: D, agent: '帮代办专员1号', expectedVersion: await version(id) },
        });
      const c = await ok(`mutation($i: CompleteApprovalStepInput!) { completeApprovalStep(input: $i) { state doneOn } }`, {
        i: { projectId: id, code: next.code, on: D, expectedVersion: await version(id) },
      });
      expect(c.completeApprovalStep).toEqual({ state: 'DONE', doneOn: D });
      done.add(next.code);
    }

    // 开工.
    for (const to of ['PERFORMING', 'STARTED'])
      await ok(`mutation($i: AdvanceProjectStageInput!) { advanceProjectStage(input: $i) { stage } }`, {
        i: { id, to, on: D, expectedVersion: await version(id) },
      });
    const after = await warning(id);
    expect(after).toEqual({ colour: 'GREEN', reasons: [] });

    // Every write left its trail on the project and on the plot.
    const trail = await ok(`query($id: String!) { project(id: $id) { history { operation } } }`, { id });
    const ops = (trail.project.history as Data[]).map((h) => h.operation as string);
    for (const op of ['allocatePlot', 'handOffProject', 'completeApprovalStep', 'advanceProjectStage']) expect(ops).toContain(op);
  });

  it('refuses a write without a token or with a reader’s role, and changes nothing', async () => {
    const [plot] = (await ok(`{ landPlots(statuses: [AVAILABLE], first: 1) { id version } }`)).landPlots as Data[];
    const q = `mutation($i: ReservePlotInput!) { reservePlot(input: $i) { plot { status } } }`;
    const i = { plotId: plot.id, projectId: 'PJ-2022-0001', on: D, expectedVersion: plot.version };
    expect((await gql<Data>(svc.url, q, { i }, viewer)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await gql<Data>(svc.url, q, { i })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const [again] = (await ok(`{ landPlots(first: 1, statuses: [AVAILABLE]) { id version status } }`)).landPlots as Data[];
    expect(again).toEqual({ id: plot.id, version: plot.version, status: 'AVAILABLE' });
  });
});
