import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { importDataset } from '../../src/modules/import/import.service';
import { authTestConfig, tokenFor } from '../support/auth';
import { DEMO_DIR, resetDatabase, silentLogger, testGateway } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;

const PARTS = `score verdict verdictLabel band conditions reasons
  parts { key label points weight share verified reason valueText } vetoes { kind status fact }
  sections { section weight points } terms { basis investorName landBasisMu }
  links { link { code } filled changed before { statusLabel } after { statusLabel } }
  comparables { total summary } experts { submitted median difference disagreement note requests { expertId status conflicts total } }`;

/**
 * 项目预评估 on the demo data, through the API alone: the four demo cases, a proposal from a firm not
 * yet in the graph, the 专家库 with a conflict of interest two hops away, the EXPERT role, the decision,
 * the calibration table and the Word/PDF report read back.
 */
describe('项目预评估 and the 招商专家库', () => {
  let svc: Service;
  let analyst: string;
  let planner: string;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    const r = await importDataset(gw, DEMO_DIR);
    if (!r.ok) throw new Error('demo did not import');
    await gw.close();
    svc = await startService(authTestConfig(false), silentLogger);
    [analyst, planner, admin] = await Promise.all([tokenFor(Role.ANALYST), tokenFor(Role.PLANNER), tokenFor(Role.ADMIN)]);
    const all = await ok(`{ projects(first: 100, filter: {stages: [PLANNED, NEGOTIATING]}) { edges { node { id name } } } }`);
    const find = (re: RegExp): string => (all.projects.edges.map((e: Data) => e.node) as Data[]).find((n) => re.test(n.name))!.id;
    ids.hjt = find(/^百亿级20GW异质结电池项目$/);
    ids.valve = find(/天津腾瑞阀门集团入驻五矿智慧工坊意向项目/);
  });
  afterAll(() => svc.close());

  async function ok(query: string, variables: Record<string, unknown> = {}, token = analyst): Promise<Data> {
    const res = await gql<Data>(svc.url, query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  const assess = async (input: Data, token = analyst): Promise<Data> =>
    (await ok(`query($input: AssessProjectInput!) { assessProject(input: $input) { ${PARTS} } }`, { input }, token)).assessProject;
  const sum = (a: Data): number => Math.round((a.parts as Data[]).reduce((s, p) => s + p.points, 0) * 10) / 10;
  const version = async (id: string): Promise<number> =>
    (await ok(`query($id: String!) { project(id: $id) { version } }`, { id })).project.version;

  it('passes the 20GW 异质结电池 project: it fills the chain’s broken link, and its parts add up', async () => {
    const a = await assess({ projectId: ids.hjt });
    expect([a.verdict, a.terms.basis]).toEqual(['PASS', '项目申报要素']);
    expect(a.score).toBeGreaterThanOrEqual(80);
    expect(sum(a)).toBe(a.score);
    expect((a.sections as Data[]).reduce((s, x) => s + x.weight, 0)).toBe(100);
    const hjt = (a.links as Data[]).find((l) => l.link.code === 'NE-HJT')!;
    expect([hjt.filled, hjt.before.statusLabel, hjt.after.statusLabel === hjt.before.statusLabel]).toEqual([true, '断链', false]);
    expect((a.parts as Data[]).find((p) => p.key === 'gapFill')!.reason).toMatch(/^补链：「异质结电池」断链→/);
    expect(a.vetoes.every((v: Data) => v.status === 'CLEAR')).toBe(true);
    expect(a.reasons[0]).toBe(`评估结论：通过，${a.score} 分（≥ 80 分）`);
  });

  it('vetoes the giant that is a 失信被执行人, citing the check; passes the land-hungry valve firm only with conditions', async () => {
    const rows = await ok(`{ projects(first: 100, filter: {stages: [NEGOTIATING]}) { edges { node { id name } } } }`);
    const verdicts: Data[] = [];
    for (const n of rows.projects.edges.map((e: Data) => e.node) as Data[])
      verdicts.push({ id: n.id, a: await assess({ projectId: n.id }) });
    const vetoed = verdicts.filter((v) => v.a.vetoes.some((x: Data) => x.status === 'TRIGGERED'));
    expect(vetoed).toHaveLength(1);
    const giant = vetoed[0].a;
    expect([giant.verdict, giant.band, giant.conditions]).toEqual(['REJECT', '一票否决：失信被执行人', []]);
    expect(giant.vetoes.find((v: Data) => v.kind === 'DISHONEST_DEBTOR').fact).toMatch(
      /失信被执行人（(信用中国|国家企业信用信息公示系统|中国执行信息公开网)，2022-\d\d-\d\d）；.*案号/,
    );
    expect(giant.score).toBeGreaterThan(60); // refused for the veto, not for its score

    const valve = await assess({ projectId: ids.valve });
    expect(valve.verdict).toBe('CONDITIONAL');
    expect(valve.score).toBeGreaterThanOrEqual(60);
    const intensity = (valve.parts as Data[]).find((p) => p.key === 'investmentIntensity')!;
    expect(intensity.share).toBeLessThan(1);
    expect(valve.conditions[0]).toMatch(
      /^投资强度不低于 \d+ 万元\/亩（按 \d+ 亩计，固定资产投资不低于 [\d.]+ 亿元），未达到的按差额比例核减用地$/,
    );
    expect(valve.conditions).toContain('约定回购条款：未按期开工、投产或达产的，政府按约定价格回购土地及地上建筑物');
    expect(valve.conditions.some((c: string) => /^自交地之日起 3 年内达产（拟 5 年）/.test(c))).toBe(true);
  });

  it('weighs an investor’s earlier default here: the record part earns nothing and a deposit is asked', async () => {
    const planned = await ok(`{ projects(first: 100, filter: {stages: [PLANNED]}) { edges { node { id } } } }`);
    const found: Data[] = [];
    for (const n of planned.projects.edges.map((e: Data) => e.node) as Data[]) {
      const a = await assess({ projectId: n.id });
      if ((a.parts as Data[]).find((p) => p.key === 'investorRecord')!.reason.includes('违约项目')) found.push(a);
    }
    expect(found).toHaveLength(1);
    const a = found[0];
    expect((a.parts as Data[]).find((p) => p.key === 'investorRecord')!.points).toBe(0);
    expect(a.verdict).toBe('CONDITIONAL');
    expect(a.conditions).toContain('鉴于投资方有违约记录，须缴纳履约保证金');
  });

  it('assesses a proposal from a firm not yet in the graph: what it does not say is 需核实, never clean', async () => {
    const proposal = {
      name: '某储能电池新基地项目',
      amountYi: 20,
      newInvestor: { name: '某储能科技有限公司', factsSource: '企业申报材料', factsOn: '2026-11-20', revenueYi: 60, listed: true },
      linkCodes: ['NE-HJT'],
      landMu: 400,
      outputYi: 40,
      taxWan: 12000,
      yearsToFullOutput: 3,
      fundingSecuredShare: 0.5,
      products: ['储能电池'],
    };
    const a = await assess({ proposal });
    expect(a.terms).toMatchObject({ basis: '本次输入', investorName: '某储能科技有限公司', landBasisMu: 400 });
    expect(a.vetoes.filter((v: Data) => v.status === 'UNVERIFIED').map((v: Data) => v.kind)).toEqual([
      'DISHONEST_DEBTOR',
      'BUSINESS_ABNORMAL',
      'MAJOR_VIOLATION',
      'LAND_NOT_INDUSTRIAL',
    ]);
    expect((a.parts as Data[]).find((p) => p.key === 'credit')).toMatchObject({ points: 0, verified: false });
    expect((a.parts as Data[]).find((p) => p.key === 'stature')).toMatchObject({ points: 0, verified: false });
    expect(a.verdict).not.toBe('PASS');
    expect(a.conditions[0]).toMatch(/^签约前核实：失信被执行人、经营异常、重大环保\/安全生产违法、用地非工业用途/);
    expect(a.experts).toBeNull();

    // With the check done and clean, and the site industrial, the same proposal scores more.
    const checked = await assess({
      proposal: {
        ...proposal,
        siteZoning: 'INDUSTRIAL',
        newInvestor: {
          ...proposal.newInvestor,
          credit: {
            checkedOn: '2026-11-25',
            checkedIn: '信用中国',
            dishonestDebtor: false,
            businessAbnormal: false,
            majorViolation: false,
          },
        },
      },
    });
    expect(checked.score).toBeGreaterThan(a.score);
    expect(checked.vetoes.every((v: Data) => v.status === 'CLEAR')).toBe(true);

    // A name that is not in the graph is refused, naming the field.
    const bad = await gql(
      svc.url,
      `query($input: AssessProjectInput!) { assessProject(input: $input) { score } }`,
      {
        input: { proposal: { ...proposal, linkCodes: ['NE-NOPE'], parkId: 'PK-NOPE' } },
      },
      analyst,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((bad.errors?.[0].extensions?.fields as Data[]).map((f) => f.path)).toEqual([
      'input.proposal.linkCodes.0',
      'input.proposal.parkId',
    ]);
    const none = await gql(svc.url, `{ assessProject(input: {}) { score } }`, {}, analyst);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('finds a conflict of interest two hops away, records it, and the expert cannot submit', async () => {
    const experts = await ok(`{ experts { id name personId industryCodes } }`);
    expect(experts.experts).toHaveLength(12);
    // The demo's conflicted expert: an officer of a chamber a proposal's investor's executive is in, or
    // an executive of a firm trading with it. Found by asking for reviews of every proposal.
    const proposals = ['PLANNED', 'NEGOTIATING'];
    const rows = await ok(
      `query($s: [ProjectStage!]) { projects(first: 100, filter: {stages: $s}) { edges { node { id version proposal { landMu factorySqm } } } } }`,
      { s: proposals },
    );
    const withTerms = (rows.projects.edges.map((e: Data) => e.node) as Data[]).filter(
      (n) => n.proposal.landMu !== null || n.proposal.factorySqm !== null,
    );
    expect(withTerms.length).toBeGreaterThanOrEqual(18);
    let conflicted: Data | undefined;
    for (const n of withTerms) {
      const created = (
        await ok(
          `mutation($input: RequestReviewInput!) { requestReview(input: $input) { expertId conflicts status } }`,
          { input: { projectId: n.id, expectedVersion: n.version, expertIds: ['EX-12'], dueOn: '2099-01-31' } },
          planner,
        )
      ).requestReview as Data[];
      if (created[0].conflicts.length > 0) {
        conflicted = { id: n.id, conflicts: created[0].conflicts };
        break;
      }
    }
    expect(conflicted).toBeDefined();
    expect(conflicted!.conflicts[0]).toMatch(
      /^本人任「.+」(会长|常务副会长|副会长|秘书长)，投资方高管.+是该会成员$|^本人任「.+」.+，该企业与投资方有供需往来$/,
    );
    const ex12 = await tokenFor(Role.EXPERT, 'EX-12');
    const refused = await gql(
      svc.url,
      `mutation($input: SubmitReviewInput!) { submitReview(input: $input) { status } }`,
      {
        input: {
          projectId: conflicted!.id,
          scores: { hard: 30, strength: 20, synergy: 15, feasibility: 5 },
          opinion: '项目总体可行，建议推进。',
          recommendation: 'PASS',
        },
      },
      ex12,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFLICT_OF_INTEREST' });
    expect(refused.errors?.[0].message).toContain('存在利益冲突');

    // A conflict made through the API: an expert who is an executive of a firm that trades with the
    // investor of a proposal (the graph has it; the expert record only names the person).
    const gw = testGateway();
    const [row] = await gw.readTx((tx) =>
      tx.runText(
        `MATCH (pj:Project)<-[:INVESTS_IN]-(x:Enterprise)-[:SUPPLIES]-(f:Enterprise)<-[:EXECUTIVE_OF]-(p:Person)
         WHERE pj.proposedLandMu IS NOT NULL AND pj.stage IN ['PLANNED', 'NEGOTIATING'] AND f <> x
           AND NOT EXISTS { (:Expert)-[:IS]->(p) } AND NOT EXISTS { (p)-[:EXECUTIVE_OF]->(x) }
         RETURN pj.id AS projectId, p.id AS personId, f.name AS firm ORDER BY pj.id, p.id LIMIT 1`,
      ),
    );
    await gw.close();
    expect(row).toBeDefined();
    await ok(
      `mutation($input: SaveExpertInput!) { saveExpert(input: $input) { id version } }`,
      {
        input: {
          id: 'EX-T1',
          name: '测试专家',
          field: '产业研究',
          organisation: '某研究院',
          industryCodes: ['NE', 'EQUIP'],
          personId: row.personId,
        },
      },
      admin,
    );
    const req = (
      await ok(
        `mutation($input: RequestReviewInput!) { requestReview(input: $input) { expertId conflicts } }`,
        {
          input: {
            projectId: row.projectId,
            expectedVersion: await version(String(row.projectId)),
            expertIds: ['EX-T1'],
            dueOn: '2099-01-31',
          },
        },
        planner,
      )
    ).requestReview as Data[];
    expect(
      req[0].conflicts.some((c: string) => c.startsWith(`本人任「${String(row.firm)}」`) && c.endsWith('，该企业与投资方有供需往来')),
    ).toBe(true);

    // A tie the graph learns after the request still blocks the review: checked again on submitting.
    await ok(
      `mutation($input: SaveExpertInput!) { saveExpert(input: $input) { id } }`,
      { input: { id: 'EX-T2', name: '后知专家', field: '产业研究', organisation: '某大学', industryCodes: ['NE'] } },
      admin,
    );
    const clean = (
      await ok(
        `mutation($input: RequestReviewInput!) { requestReview(input: $input) { conflicts } }`,
        {
          input: {
            projectId: row.projectId,
            expectedVersion: await version(String(row.projectId)),
            expertIds: ['EX-T2'],
            dueOn: '2099-01-31',
          },
        },
        planner,
      )
    ).requestReview as Data[];
    expect(clean[0].conflicts).toEqual([]);
    await ok(
      `mutation($input: SaveExpertInput!) { saveExpert(input: $input) { version } }`,
      {
        input: {
          id: 'EX-T2',
          expectedVersion: 1,
          name: '后知专家',
          field: '产业研究',
          organisation: '某大学',
          industryCodes: ['NE'],
          personId: row.personId,
        },
      },
      admin,
    );
    const late = await gql(
      svc.url,
      `mutation($input: SubmitReviewInput!) { submitReview(input: $input) { status } }`,
      {
        input: {
          projectId: row.projectId,
          scores: { hard: 30, strength: 20, synergy: 15, feasibility: 5 },
          opinion: '项目总体可行，建议推进。',
          recommendation: 'PASS',
        },
      },
      await tokenFor(Role.EXPERT, 'EX-T2'),
    );
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONFLICT_OF_INTEREST' });
  });

  it('EXPERT: sees only the projects sent to them, submits only their own review, once; the median stands beside the model', async () => {
    await ok(
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { expertId } }`,
      { input: { projectId: ids.hjt, expectedVersion: await version(ids.hjt), expertIds: ['EX-01', 'EX-03'], dueOn: '2099-02-28' } },
      planner,
    );
    const again = await gql(
      svc.url,
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { expertId } }`,
      { input: { projectId: ids.hjt, expectedVersion: await version(ids.hjt), expertIds: ['EX-01'], dueOn: '2099-02-28' } },
      planner,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const ex1 = await tokenFor(Role.EXPERT, 'EX-01');
    const mine = await ok(`{ myReviews { request { projectId status } project { name terms } sections { label weight } } }`, {}, ex1);
    expect(mine.myReviews).toEqual([
      {
        request: { projectId: ids.hjt, status: 'PENDING' },
        project: { name: '百亿级20GW异质结电池项目', terms: expect.arrayContaining(['拟用地 800 亩']) },
        sections: [
          { label: '硬指标', weight: 40 },
          { label: '企业实力', weight: 30 },
          { label: '产业协同', weight: 20 },
          { label: '可落地性', weight: 10 },
        ],
      },
    ]);
    // Nothing else is open to an expert: not the project, not the assessment, not the directory.
    for (const doc of [
      `{ project(id: "${ids.hjt}") { name } }`,
      `{ assessProject(input: {projectId: "${ids.hjt}"}) { score } }`,
      '{ experts { id } }',
    ]) {
      const res = await gql(svc.url, doc, {}, ex1);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const submit = (token: string, projectId: string, scores: Data) =>
      gql<Data>(
        svc.url,
        `mutation($input: SubmitReviewInput!) { submitReview(input: $input) { expertId status total recommendation } }`,
        { input: { projectId, scores, opinion: '投资强度高，补链作用明显，用地需分期保障。', recommendation: 'CONDITIONAL' } },
        token,
      );
    const over = await submit(ex1, ids.hjt, { hard: 41, strength: 20, synergy: 10, feasibility: 5 });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((over.errors?.[0].extensions?.fields as Data[])[0]).toMatchObject({ path: 'input.scores.hard', messageZh: '硬指标最多 40 分' });
    const done = await submit(ex1, ids.hjt, { hard: 30, strength: 20, synergy: 10, feasibility: 5 });
    expect(done.data?.submitReview).toEqual({ expertId: 'EX-01', status: 'SUBMITTED', total: 65, recommendation: 'CONDITIONAL' });
    const twice = await submit(ex1, ids.hjt, { hard: 30, strength: 20, synergy: 10, feasibility: 5 });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const notAsked = await submit(await tokenFor(Role.EXPERT, 'EX-05'), ids.hjt, { hard: 30, strength: 20, synergy: 10, feasibility: 5 });
    expect(notAsked.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    await submit(await tokenFor(Role.EXPERT, 'EX-03'), ids.hjt, { hard: 35, strength: 20, synergy: 10, feasibility: 5 });

    const a = await assess({ projectId: ids.hjt });
    expect(a.experts).toMatchObject({ submitted: 2, median: 67.5, disagreement: true });
    expect(a.experts.difference).toBe(Math.round((67.5 - a.score) * 10) / 10);
    expect(a.experts.note).toMatch(/专家中位数 67.5 分，模型 [\d.]+ 分，相差超过 15 分，请研判分歧/);
  });

  it('records the decision, audited and versioned; refuses a conditional pass without conditions and a stale version', async () => {
    const v = await version(ids.valve);
    const decide = (input: Data) =>
      gql<Data>(
        svc.url,
        `mutation($input: DecideAssessmentInput!) { decideAssessment(input: $input) { id verdict modelScore modelVerdict conditions decidedBy } }`,
        { input },
        planner,
      );
    const bare = await decide({ projectId: ids.valve, expectedVersion: v, verdict: 'CONDITIONAL', conditions: [] });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const stale = await decide({ projectId: ids.valve, expectedVersion: v - 1, verdict: 'PASS' });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const model = await assess({ projectId: ids.valve });
    const done = await decide({
      projectId: ids.valve,
      expectedVersion: v,
      verdict: 'CONDITIONAL',
      conditions: model.conditions,
      note: '领导小组第 3 次会议',
    });
    expect(done.data?.decideAssessment).toMatchObject({
      verdict: 'CONDITIONAL',
      modelScore: model.score,
      modelVerdict: 'CONDITIONAL',
      decidedBy: 'planner-user',
    });
    expect(await version(ids.valve)).toBe(v + 1);
    const history = await ok(`query($id: String!) { project(id: $id) { assessments { verdict verdictLabel conditions note } } }`, {
      id: ids.valve,
    });
    expect(history.project.assessments).toEqual([
      { verdict: 'CONDITIONAL', verdictLabel: '附条件通过', conditions: model.conditions, note: '领导小组第 3 次会议' },
    ]);
    const audit = await ok(`{ auditTrail(first: 5, filter: {operation: "decideAssessment"}) { entries { entityKey actor } } }`, {}, admin);
    expect(audit.auditTrail.entries).toEqual([{ entityKey: ids.valve, actor: 'planner-user' }]);
  });

  it('records proposal terms the assessment then reads', async () => {
    const v = await version(ids.valve);
    await ok(
      `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { landMu taxWan } }`,
      {
        input: {
          projectId: ids.valve,
          expectedVersion: v,
          terms: {
            landMu: 20,
            taxWan: 600,
            outputYi: 2,
            yearsToFullOutput: 2,
            fundingSecuredShare: 0.6,
            products: ['阀门铸件'],
            siteZoning: 'INDUSTRIAL',
          },
        },
      },
      planner,
    );
    const a = await assess({ projectId: ids.valve });
    expect((a.parts as Data[]).find((p) => p.key === 'taxPerMu')!.valueText).toBe('30 万元/亩·年');
    expect(a.conditions.some((c: string) => c.startsWith('达产后亩均税收'))).toBe(false);
  });

  it('calibrates in one query: signed projects assessed as of their signing day, outcomes by band and by part', async () => {
    const c = (
      await ok(
        `{ assessmentCalibration(input: {outcomesOn: "2022-12-15"}) { projects signedTo byBand { group count defaultRate keptRate startRate medianDaysToStart } byPart { part group count } notes } }`,
      )
    ).assessmentCalibration;
    expect(c.signedTo).toBe('2022-06-18');
    expect(c.projects).toBeGreaterThan(100);
    expect(c.byBand.map((b: Data) => b.group)).toEqual(['≥ 80 分', '60–80 分', '< 60 分']);
    expect(c.byBand.reduce((s: number, b: Data) => s + b.count, 0)).toBe(c.projects);
    for (const part of new Set((c.byPart as Data[]).map((r) => r.part)))
      expect((c.byPart as Data[]).filter((r) => r.part === part).reduce((s, r) => s + r.count, 0)).toBe(c.projects);
    expect(c.notes.join('')).toContain('演示数据中的项目结果（开工、违约）是虚构的');
    const future = await gql(svc.url, `{ assessmentCalibration(input: {outcomesOn: "2999-01-01"}) { projects } }`, {}, analyst);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('prints the report for the meeting as Word and PDF, with the API’s roles', async () => {
    const url = (ext: string) => `${svc.url}/export/assessment/${ids.hjt}.${ext}`;
    const get = (ext: string, token?: string) => fetch(url(ext), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get('docx')).status).toBe(401);
    expect((await get('pdf', await tokenFor(Role.VIEWER))).status).toBe(403);
    expect((await get('pdf', await tokenFor(Role.EXPERT, 'EX-01'))).status).toBe(403);
    expect((await fetch(`${svc.url}/export/assessment/PJ-NOPE.docx`, { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(
      404,
    );
    expect((await fetch(`${svc.url}/export/assessment/bad%20id.docx`, { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(
      404,
    );

    const a = await assess({ projectId: ids.hjt });
    const docx = await get('docx', analyst);
    expect([docx.status, docx.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      '项目预评估报告',
      '百亿级20GW异质结电池项目',
      `${a.verdictLabel}（${a.score} 分`,
      '投资强度',
      '亩均税收',
      '一票否决项',
      '专家评审意见',
      '数据来源：演示数据（虚构）',
    ])
      expect(text).toContain(s);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('w:eastAsia="宋体"');

    const pdf = await get('pdf', analyst);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'report-')), 'r.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const read = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, '..', 'support', 'pdf-text.mjs'), file], { encoding: 'utf8' }),
    ) as {
      pages: number;
      text: string;
    };
    expect(read.pages).toBeGreaterThanOrEqual(2);
    const flat = read.text.replace(/\s+/g, '');
    for (const s of [
      '项目预评估报告',
      '百亿级20GW异质结电池项目',
      `${a.verdictLabel}（${a.score}分`,
      '投资强度',
      '亩均税收',
      '合同约束条件',
      '专家评审意见',
    ])
      expect(flat).toContain(s.replace(/\s+/g, ''));
  });
});
