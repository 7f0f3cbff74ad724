import ExcelJS from 'exceljs';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';
import { rowsOf, workbookFrom } from '../support/workbook';

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

    // The plot now carries its holder's idle-land risk.
    const risky = (await ok(`query($id: String, $on: LocalDate) { landPlots(projectId: $id) { idleRisk(on: $on) } }`, { id, on: D }))
      .landPlots;
    expect(risky[0].idleRisk).toMatch(/^超过约定开工日 \d+ 天仍未开工，土地有闲置风险/);

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

    // The desk rehearsal of its own recorded steps: what is done stays done, 开工 is still ahead.
    const rehearsal = (
      await ok(
        `query($i: SimulateApprovalsInput!) { simulateApprovals(input: $i) { template expectedStartOn steps { code state } notes } }`,
        {
          i: { projectId: id, on: D },
        },
      )
    ).simulateApprovals;
    expect(rehearsal.expectedStartOn > D).toBe(true);
    expect(rehearsal.notes).toContain(`按项目 ${id} 已登记的审批环节、时限和办理进度推演`);

    // 前期办 runs every step still open, in the order the steps wait for each other.
    const steps = (await ok(`query($id: String!) { project(id: $id) { approvalSteps { code after startedOn doneOn } } }`, { id })).project
      .approvalSteps as Data[];
    expect(steps.length).toBeGreaterThan(0);
    expect(rehearsal.template).toBe(steps.length === 9 ? 'NEW_LAND' : 'STANDARD_FACTORY');
    for (const st of steps.filter((x) => x.doneOn)) expect(rehearsal.steps).toContainEqual({ code: st.code, state: 'DONE' });
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
    // The land moved with the project: built on from 开工.
    const [held] = (
      await ok(`query($id: String, $on: LocalDate) { landPlots(projectId: $id) { id status idleRisk(on: $on) } }`, { id, on: D })
    ).landPlots as Data[];
    expect(held).toEqual({ id: plot.id, status: 'BUILDING', idleRisk: null });

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

  it('refuses a fund commitment beyond what is left, saying how much is left; an investment beyond the commitment too', async () => {
    const [fund] = (await ok(`{ funds { id version leftYi committedYi } }`)).funds as Data[];
    const q = `mutation($i: CommitFundInput!) { commitFund(input: $i) { id amountYi investedYi } }`;
    const over = await gql<Data>(
      svc.url,
      q,
      { i: { fundId: fund.id, projectId: 'PJ-2022-0002', amountYi: fund.leftYi + 0.5, on: D, expectedVersion: fund.version } },
      planner,
    );
    const e = over.errors![0].extensions as Data;
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields[0]).toMatchObject({
      path: 'input.amountYi',
      messageZh: `基金可承诺余额仅 ${fund.leftYi} 亿元（规模 20 亿元，已承诺 ${fund.committedYi} 亿元）`,
    });
    const c = (await ok(q, { i: { fundId: fund.id, projectId: 'PJ-2022-0002', amountYi: 0.5, on: D, expectedVersion: fund.version } }))
      .commitFund;
    expect(c).toMatchObject({ amountYi: 0.5, investedYi: 0 });
    // The fund's version moved: the same read version again is CONFLICT.
    const stale = await gql<Data>(
      svc.url,
      q,
      { i: { fundId: fund.id, projectId: 'PJ-2022-0002', amountYi: 0.1, on: D, expectedVersion: fund.version } },
      planner,
    );
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const inv = `mutation($i: RecordFundInvestmentInput!) { recordFundInvestment(input: $i) { investedYi } }`;
    const tooMuch = await gql<Data>(
      svc.url,
      inv,
      { i: { commitmentId: c.id, amountYi: 0.6, on: D, expectedVersion: fund.version + 1 } },
      planner,
    );
    expect((tooMuch.errors![0].extensions as Data).fields[0].messageZh).toBe('承诺出资 0.5 亿元中尚未到位的仅 0.5 亿元');
    expect(
      (await ok(inv, { i: { commitmentId: c.id, amountYi: 0.5, on: D, expectedVersion: fund.version + 1 } })).recordFundInvestment,
    ).toEqual({ investedYi: 0.5 });
    const after = (await ok(`{ funds { leftYi committedYi } }`)).funds[0];
    expect(after.committedYi).toBeCloseTo(fund.committedYi + 0.5, 5);
  });

  it('lets one of two simultaneous allocations of a plot win; the other is CONFLICT and loses nothing', async () => {
    const [plot] = (await ok(`{ landPlots(statuses: [AVAILABLE], first: 1) { id version } }`)).landPlots as Data[];
    const q = `mutation($i: AllocatePlotInput!) { allocatePlot(input: $i) { plot { projectId version } } }`;
    const answers = await Promise.all(
      ['PJ-2022-0002', 'PJ-2022-0003'].map((projectId) =>
        gql<Data>(svc.url, q, { i: { plotId: plot.id, projectId, on: D, expectedVersion: plot.version } }, planner),
      ),
    );
    const won = answers.filter((a) => !a.errors);
    expect(won).toHaveLength(1);
    expect(answers.find((a) => a.errors)!.errors![0].extensions!.code).toBe('CONFLICT');
    const held = (
      await ok(`query($p: String) { landPlots(projectId: $p) { id version } }`, { p: won[0].data!.allocatePlot.plot.projectId })
    ).landPlots as Data[];
    expect(held.find((x) => x.id === plot.id)).toEqual({ id: plot.id, version: plot.version + 1 });
  });

  it('counts a target being won (意向) in its chain’s land demand, by the ranking’s estimate', async () => {
    const page = (
      await ok(`{ enterprises(filter: {isTarget: true, industryCode: "NE"}, first: 50) { edges { node {
        uscc version revenueYi targetStatus projects { id } links { link { industry { code investmentPerMuWan } } } } } } }`)
    ).enterprises.edges.map((e: Data) => e.node) as Data[];
    const t = page.find((e) => e.projects.length === 0 && !e.targetStatus && e.revenueYi > 0)!;
    expect(t).toBeDefined();
    const ne = (await ok(`{ industry(code: "NE") { investmentPerMuWan } }`)).industry.investmentPerMuWan as number;
    const chain = async (): Promise<Data> =>
      ((await ok(`{ landBalance(by: CHAIN) { key prospects prospectMu } }`)).landBalance as Data[]).find((b) => b.key === 'NE')!;
    const before = await chain();
    let v = t.version as number;
    for (const status of ['CONTACTED', 'INTENT']) {
      await ok(`mutation($i: SetTargetStatusInput!) { setTargetStatus(input: $i) { uscc } }`, {
        i: { uscc: t.uscc, status, expectedVersion: v },
      });
      v += 1;
    }
    const after = await chain();
    // The ranking's rule by hand: a new base of 10% of revenue at the chain's intensity, at least 10 亩.
    const need = Math.max(10, Math.round((t.revenueYi * 0.1 * 10000) / ne));
    expect(after.prospects).toBe(before.prospects + 1);
    expect(after.prospectMu).toBeCloseTo(before.prospectMu + need, 1);
  });

  it('marks a plot idle, revitalizes it in steps and returns it to the pool; the task and the park follow', async () => {
    const task0 = (await ok(`{ idleLandTask { doneMu idleLeftMu } }`)).idleLandTask;
    const [plot] = (await ok(`{ landPlots(statuses: [AVAILABLE], first: 1) { id areaMu version parkId } }`)).landPlots as Data[];
    const parkMu = async (): Promise<number> =>
      (await ok(`query($p: String!) { park(id: $p) { availableLandMu } }`, { p: plot.parkId })).park.availableLandMu;
    const before = await parkMu();
    const idle = await ok(
      `mutation($i: MarkPlotIdleInput!) { markPlotIdle(input: $i) { plot { status statusLabel version } parkAvailableMu } }`,
      {
        i: { plotId: plot.id, reason: '供而未用两年', on: D, expectedVersion: plot.version },
      },
    );
    expect(idle.markPlotIdle.plot).toEqual({ status: 'IDLE', statusLabel: '低效闲置', version: plot.version + 1 });
    expect(idle.markPlotIdle.parkAvailableMu).toBeCloseTo(before - plot.areaMu, 5);
    const rv = `mutation($i: RecordRevitalizationInput!) { recordRevitalization(input: $i) { plot { status revitalizedMu version } } }`;
    const half = Math.round(plot.areaMu * 5) / 10;
    const step1 = (await ok(rv, { i: { plotId: plot.id, mu: half, on: D, expectedVersion: plot.version + 1, note: '二次开发' } }))
      .recordRevitalization.plot;
    expect(step1).toEqual({ status: 'REVITALIZING', revitalizedMu: half, version: plot.version + 2 });
    const tooMuch = await gql<Data>(
      svc.url,
      rv,
      { i: { plotId: plot.id, mu: plot.areaMu, on: D, expectedVersion: plot.version + 2 } },
      planner,
    );
    expect((tooMuch.errors![0].extensions as Data).fields[0].path).toBe('input.mu');
    const task1 = (await ok(`{ idleLandTask { doneMu idleLeftMu } }`)).idleLandTask;
    expect(task1.doneMu).toBeCloseTo(task0.doneMu + half, 5);
    expect(task1.idleLeftMu).toBeCloseTo(task0.idleLeftMu + plot.areaMu - half, 5);
    const back = (await ok(rv, { i: { plotId: plot.id, mu: 0.1, on: D, expectedVersion: plot.version + 2, returnToPool: true } }))
      .recordRevitalization.plot;
    expect(back.status).toBe('AVAILABLE');
    expect(await parkMu()).toBeCloseTo(before, 5);
  });

  it('judges a year’s promises and suggests the disposal; reports and agreements are audited writes', async () => {
    const id = 'PJ-2022-0002';
    const agree = `mutation($i: UpdateAgreementInput!) { updateAgreement(input: $i) { agreedStartOn promisedOutputYi promisedTaxWan fullOutputYear } }`;
    await ok(agree, {
      i: { projectId: id, expectedVersion: await version(id), fullOutputYear: 2022, promisedOutputYi: 10, promisedTaxWan: 1000 },
    });
    const bad = await gql<Data>(
      svc.url,
      agree,
      { i: { projectId: id, expectedVersion: await version(id), agreedProduceOn: '2020-01-01' } },
      planner,
    );
    expect((bad.errors![0].extensions as Data).fields[0].messageZh).toBe('约定投产日不能早于约定开工日');
    const report = `mutation($i: RecordAnnualReportInput!) { recordAnnualReport(input: $i) { year taxWan } }`;
    // Output 4 of 10 (short 60%: 追究违约责任), tax 900 of 1000 (short 10%).
    await ok(report, {
      i: { projectId: id, year: 2022, investedYi: 12, outputYi: 4, taxWan: 900, employees: 120, expectedVersion: await version(id) },
    });
    const review = (
      await ok(
        `{ annualReview(year: 2022, first: 500, disposals: [HOLD_LIABLE]) { projects { projectId disposals suggestion recordDefaultAs promises { promise verdict shortfall } } } }`,
      )
    ).annualReview.projects.find((p: Data) => p.projectId === id);
    expect(review.disposals).toEqual(['HOLD_LIABLE', 'RECTIFY']);
    expect(review.suggestion).toBe('建议：追究违约责任、限期整改');
    // The planner turns the suggestion into a recorded default.
    expect(review.recordDefaultAs).toBe('URGE_RECTIFY');
    const df = await ok(`mutation($i: RecordDefaultInput!) { recordDefault(input: $i) { disposal status } }`, {
      i: {
        projectId: id,
        expectedVersion: await version(id),
        on: D,
        disposal: review.recordDefaultAs,
        description: review.suggestion,
        deadline: '2023-06-30',
      },
    });
    expect(df.recordDefault).toEqual({ disposal: 'URGE_RECTIFY', status: 'OPEN' });
    expect((await warning(id)).reasons).toContainEqual(expect.objectContaining({ rule: 'IN_DEFAULT', office: 'INVESTMENT' }));
    expect(review.promises.find((x: Data) => x.promise === 'OUTPUT')).toEqual({ promise: 'OUTPUT', verdict: 'NOT_MET', shortfall: 0.6 });
    expect(review.promises.find((x: Data) => x.promise === 'TAX')).toEqual({ promise: 'TAX', verdict: 'NOT_MET', shortfall: 0.1 });
    const ops = ((await ok(`query($id: String!) { project(id: $id) { history { operation } } }`, { id })).project.history as Data[]).map(
      (h) => h.operation,
    );
    expect(ops).toEqual(expect.arrayContaining(['updateAgreement', 'recordAnnualReport', 'commitFund']));
  });

  it('takes a service request to 重点办 and back; pipelineStats counts the colours', async () => {
    const id = 'PJ-2022-0002';
    const sr = (
      await ok(`mutation($i: RequestServiceInput!) { requestService(input: $i) { id office status kindLabel } }`, {
        i: {
          projectId: id,
          kind: 'UTILITIES',
          description: '施工用电增容',
          on: '2023-01-10',
          dueOn: '2023-01-15',
          expectedVersion: await version(id),
        },
      })
    ).requestService;
    expect(sr).toMatchObject({ office: 'KEY_PROJECTS', status: 'OPEN', kindLabel: '水电气' });
    const w = await warning(id);
    expect(w.reasons.find((r) => r.rule === 'OVERDUE_TASK' && r.office === 'KEY_PROJECTS')!.text).toBe(
      '施工用电增容已逾期 17 天，请重点办推进',
    );
    const board = (
      await ok(`query($on: LocalDate) { officeBoard(office: KEY_PROJECTS, on: $on) { overdueServices { id } mustAct { projectId } } }`, {
        on: D,
      })
    ).officeBoard;
    expect(board.overdueServices.map((s: Data) => s.id)).toContain(sr.id);
    expect(board.mustAct.map((p: Data) => p.projectId)).toContain(id);
    await ok(`mutation($i: ResolveServiceInput!) { resolveService(input: $i) { status } }`, {
      i: { serviceId: sr.id, on: D, resolution: '已协调供电公司' },
    });
    expect((await warning(id)).reasons.some((r) => r.text.startsWith('施工用电增容'))).toBe(false);
    const stats = (await ok(`{ pipelineStats(filter: {from: "2022-01-01", to: "2022-12-15"}) { warnings { green amber red } } }`))
      .pipelineStats.warnings;
    const all = (await ok(`{ projectWarnings(on: "2022-12-15", first: 1) { counts { green amber red } } }`)).projectWarnings.counts;
    expect(stats).toEqual(all);
  });

  describe('sheets (三色预警, 年度履约考核, 园区亩均)', () => {
    async function workbook(path: string): Promise<ExcelJS.Workbook> {
      const res = await fetch(`${svc.url}/export/${path}`, { headers: { authorization: `Bearer ${planner}` } });
      expect(res.status).toBe(200);
      return workbookFrom(res);
    }

    it('三色预警 lists the API’s red projects row for row, with the office that must act', async () => {
      const api = (
        await ok(
          `{ projectWarnings(on: "2022-12-15", first: 500, filter: {colours: [RED]}) { projects { projectId warning { office reasons { text } } } } }`,
        )
      ).projectWarnings.projects as Data[];
      const [header, ...rows] = rowsOf((await workbook('project-warnings.xlsx?on=2022-12-15&colours=RED')).worksheets[0]);
      expect(header.slice(0, 6)).toEqual(['预警', '项目编号', '项目', '所处阶段', '牵头部门', '须推进部门']);
      expect(rows.map((r) => r[1])).toEqual(api.map((p) => p.projectId));
      expect(rows.every((r) => r[0] === '红')).toBe(true);
      expect(rows[0][7]).toBe(api[0].warning.reasons.map((x: Data) => x.text).join('；'));
    });

    it('年度履约考核 gives each project its verdicts and disposal; 园区亩均 ranks the parks as the API does', async () => {
      const review = await workbook('annual-review.xlsx?year=2022');
      const [header, ...rows] = rowsOf(review.getWorksheet('2022年度履约考核')!);
      expect(header.slice(3, 9)).toEqual(['投资', '开工', '投产', '产值', '税收', '处置建议']);
      expect(rows.some((r) => (r[8] as string).includes('追究违约责任'))).toBe(true);
      const [, ...summary] = rowsOf(review.getWorksheet('分类处置汇总')!);
      expect(summary.map((r) => r[0])).toEqual(['收回土地', '追究违约责任', '核减用地', '限期整改', '参加考核项目']);
      const api = (await ok(`{ parkPerformance(year: 2022) { rank parkName mu { taxPerMu } } }`)).parkPerformance as Data[];
      const [, ...parks] = rowsOf((await workbook('park-performance.xlsx?year=2022')).worksheets[0]);
      expect(parks.map((r) => [r[0], r[1], r[2] ?? null])).toEqual(api.map((p) => [p.rank, p.parkName, p.mu.taxPerMu]));
    });
  });
});
