import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { Role } from '../../src/auth/roles';
import { Service, startService } from '../../src/app';
import { Neo4jGateway } from '../../src/db/gateway';
import { makeUscc } from '../../src/domain/uscc';
import { authTestConfig, tokenFor } from '../support/auth';
import { silentLogger, testGateway } from '../support/db';
import { buildHandbuiltGraph } from '../support/handbuilt-graph';
import { gql } from '../support/http';
import { rowsOf, titleOf, workbookFrom } from '../support/workbook';

type Data = Record<string, any>;

/** Sheets for the meeting: read back, they match the query row for row; formula-like text stays text. */
describe('exports (/export/<name>.xlsx|.csv)', () => {
  const P = ['MAX600001', 'MAX600002', 'MAX600003'].map((m) => makeUscc('9', '1', '440300', m));
  const EVIL = '=HYPERLINK("http://evil.example/x","点我")';
  let svc: Service;
  let gw: Neo4jGateway;
  let analyst: string;
  let viewer: string;
  beforeAll(async () => {
    gw = testGateway();
    // X1's name is formula-like, as an imported or typed name could be.
    await buildHandbuiltGraph(
      gw,
      ...P.map((u, i) => `MATCH (x:Enterprise {uscc: 'X${i + 1}'}) SET x.uscc = '${u}'`),
      `MATCH (x:Enterprise {uscc: '${P[0]}'}) SET x.name = '${EVIL.replace(/'/g, "\\'")}'`,
    );
    svc = await startService(authTestConfig(false), silentLogger);
    analyst = await tokenFor(Role.ANALYST);
    viewer = await tokenFor(Role.VIEWER);
  });
  afterAll(async () => {
    await svc.close();
    await gw.close();
  });

  const get = (path: string, token?: string): Promise<Response> =>
    fetch(`${svc.url}/export/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  async function workbook(path: string): Promise<ExcelJS.Workbook> {
    const res = await get(path, analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    return workbookFrom(res);
  }

  it('rank-targets.xlsx matches rankTargets row for row, headers in Chinese with units, header frozen, numbers as numbers', async () => {
    const q = await gql<Data>(
      svc.url,
      '{ rankTargets(input: {industryCode: "T"}, first: 100) { edges { node { rank score enterprise { uscc name revenueYi } landNeed { mu } } } } }',
      {},
      analyst,
    );
    const expected = q.data!.rankTargets.edges.map((e: Data) => e.node);
    expect(expected.length).toBeGreaterThan(1);
    const wb = await workbook('rank-targets.xlsx?industryCode=T');
    const ws = wb.getWorksheet('推荐企业')!;
    const [header, ...rows] = rowsOf(ws);
    expect(header.slice(0, 6)).toEqual(['排名', '企业名称', '统一社会信用代码', '所在地', '营收（亿元）', '得分（满分100）']);
    expect(header).toContain('预计需地（亩）');
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5], r[11]])).toEqual(
      expected.map((n: Data) => [n.rank, n.enterprise.name, n.enterprise.uscc, n.enterprise.revenueYi, n.score, n.landNeed.mu]),
    );
    // Ready to print: what it is and the question asked above the header, landscape, one page wide.
    expect(titleOf(ws)).toMatch(/^招商目标推荐 · 推荐企业｜产业链 T · 模式 补链 · 条数 100 · 制表 \d{4}-\d\d-\d\d$/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, paperSize: 9 });
    // ExcelJS reads the repeated header back as the workbook's print titles name.
    expect(ws.pageSetup.printTitlesRow ?? wb.definedNames.getRanges('_xlnm.Print_Titles').ranges.join()).toMatch(/2:\$?2/);
    expect(ws.getColumn(2).width).toBeGreaterThan(8);
    // The formula-like name is a plain string cell: nothing in the workbook is a formula.
    const evil = ws.getCell(rows.findIndex((r) => r[2] === P[0]) + 3, 2);
    expect([evil.type, evil.value]).toEqual([ExcelJS.ValueType.String, EVIL]);
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(wb.getWorksheet('得分构成')!.getRow(2).values).toEqual(expect.arrayContaining(['补链匹配度（分）', '以商招商关系（分）']));
  });

  it('rank-targets.csv is UTF-8 with a BOM; formula-like text is written behind an apostrophe', async () => {
    const res = await get('rank-targets.csv?industryCode=T', analyst);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''%E6%8B%9B%E5%95%86/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: string[][] = parse(bytes.subarray(3).toString('utf8'), { relaxColumnCount: true, skipEmptyLines: true });
    // The header is the first line; the next table follows under its name.
    expect(records[0].slice(0, 2)).toEqual(['排名', '企业名称']);
    const rows = records.slice(
      1,
      records.findIndex((r) => r[0] === '【得分构成】'),
    );
    const evil = rows.find((r) => r[2] === P[0])!;
    expect(evil[1]).toBe(`'${EVIL}`);
    expect(rows.every((r) => !/^[=+\-@]/.test(r[1]))).toBe(true);
  });

  it('plan-portfolio.xlsx matches planPortfolio (picks, gains, coverage as a share)', async () => {
    const q = await gql<Data>(
      svc.url,
      '{ planPortfolio(input: {industryCode: "T", count: 2, landBudgetMu: 1000}) { picks { order target { uscc } marginalGain coverage cumulativeLandMu } curve { picks coverage } } }',
      {},
      analyst,
    );
    const wb = await workbook('plan-portfolio.xlsx?industryCode=T&count=2&landBudgetMu=1000');
    const [, ...picks] = rowsOf(wb.getWorksheet('入选企业')!);
    expect(picks.map((r) => [r[0], r[2], r[5], r[7], r[9]])).toEqual(
      q.data!.planPortfolio.picks.map((p: Data) => [p.order, p.target.uscc, p.marginalGain, p.coverage, p.cumulativeLandMu]),
    );
    const [, ...curve] = rowsOf(wb.getWorksheet('覆盖曲线')!);
    expect(curve.map((r) => [r[0], r[2]])).toEqual(q.data!.planPortfolio.curve.map((c: Data) => [c.picks, c.coverage]));
    expect(wb.getWorksheet('入选企业')!.getColumn(8).numFmt).toBe('0.0%');
  });

  it('simulate-landing, chain-gaps and pipeline-stats export the same answers', async () => {
    const gaps = await gql<Data>(svc.url, '{ chainGaps(industryCode: "T") { links { link { code } severity } } }', {}, analyst);
    const [, ...g] = rowsOf((await workbook('chain-gaps.xlsx?industryCode=T')).worksheets[0]);
    expect(g.map((r) => [r[0], r[5]])).toEqual(gaps.data!.chainGaps.links.map((l: Data) => [l.link.code, l.severity]));
    const whatIf = await workbook(`simulate-landing.xlsx?targets=${P[1]}&parks=${P[1]}:PK-T`);
    const [, park] = rowsOf(whatIf.getWorksheet('园区用地')!);
    expect(park).toEqual(['测试园', 100, 33, 67, '目标二']);
    const stats = await get('pipeline-stats.csv?from=2022-01-01&to=2022-12-31', analyst);
    expect(stats.status).toBe(200);
    // Rates as shares (the cell reads 53.2%), or 无基数 when no project was under contract before the period.
    const apiRates = await gql<Data>(
      svc.url,
      '{ pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31"}) { rates { label before after cohort definition } } }',
      {},
      analyst,
    );
    const [, ...rateRows] = rowsOf((await workbook('pipeline-stats.xlsx?from=2022-01-01&to=2022-12-31')).getWorksheet('履约率与开工率')!);
    expect(rateRows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual(
      apiRates.data!.pipelineStats.rates.map((r: Data) => [
        r.label,
        r.before === null ? '无基数' : r.before / 100,
        r.after === null ? '无基数' : r.after / 100,
        r.cohort,
      ]),
    );
    expect(apiRates.data!.pipelineStats.rates[0].definition).toMatch(/^期初前一日已签正式合同的项目/);
    const lines = (await stats.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].startsWith('【')).toBe(false);
    expect(lines).toEqual(expect.arrayContaining(['【履约率与开工率】', '【年度任务】', '【分镇街】']));
  });

  it('opens the pipeline workbook on a one-page 汇报版: the task against its own basis, numbers as numbers', async () => {
    const api = await gql<Data>(
      svc.url,
      `{ city: pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31"}) { task { label done target share } taskBasis atRisk { id } }
         chain: pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31", industryCode: "T"}) { task { label done } taskBasis } }`,
      {},
      analyst,
    );
    const wb = await workbook('pipeline-stats.xlsx?from=2022-01-01&to=2022-12-31');
    const brief = wb.worksheets[0];
    expect(brief.name).toBe('汇报版');
    expect(brief.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(titleOf(brief)).toContain('项目推进统计 · 汇报版');
    const rows = rowsOf(brief);
    expect(rows[0]).toEqual(['指标', '数值', '对照', '说明']);
    const byLabel = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byLabel.get('任务口径')![1]).toBe('全市年度任务');
    for (const t of api.data!.city.task as Data[]) {
      expect(byLabel.get(t.label)![1]).toBe(t.done);
      expect(byLabel.get(t.label)![2]).toBe(`目标 ${t.target}`);
    }
    expect(byLabel.get('逾期风险项目（个）')![1]).toBe(api.data!.city.atRisk.length);
    // A chain's statistics are never shown as a share of the city's task.
    const chain = rowsOf((await workbook('pipeline-stats.xlsx?from=2022-01-01&to=2022-12-31&industryCode=T')).worksheets[0]);
    const chainRows = new Map(chain.slice(1).map((r) => [r[0], r]));
    expect(chainRows.get('任务口径')![1]).toBe(api.data!.chain.taskBasis);
    expect(api.data!.chain.taskBasis).toBe('未设定产业链 T 的任务');
    expect(chainRows.get('签约项目数')!.slice(1, 4)).toEqual([api.data!.chain.task[0].done, '未设定目标', '未设定目标，不计完成率']);
  });

  it('obeys the roles of the queries: no token 401, a viewer may take the gap report but not the ranking', async () => {
    expect((await get('rank-targets.xlsx?industryCode=T')).status).toBe(401);
    const refused = await get('rank-targets.xlsx?industryCode=T', viewer);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as Data).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'ANALYST' });
    expect((await get('chain-gaps.csv?industryCode=T', viewer)).status).toBe(200);
  });

  it('refuses bad parameters with a code and the field, and unknown exports with 404', async () => {
    const cases: Array<[string, number, string, string]> = [
      ['rank-targets.xlsx?mode=XYZ', 400, 'BAD_USER_INPUT', 'input.mode'],
      ['rank-targets.xlsx?first=abc', 400, 'BAD_USER_INPUT', 'first'],
      ['rank-targets.xlsx?first=1000', 400, 'BAD_USER_INPUT', ''], // refused by the cost limit before validation
      ['rank-targets.xlsx?landNeedMu=-1', 400, 'BAD_USER_INPUT', 'input.landNeedMu'],
      ['rank-targets.xlsx?nope=1', 400, 'BAD_USER_INPUT', 'nope'],
      ['rank-targets.xlsx?mode=FILL&mode=EXTEND', 400, 'BAD_USER_INPUT', 'mode'],
      ['chain-gaps.csv', 400, 'BAD_USER_INPUT', 'industryCode'],
      ['chain-gaps.csv?industryCode=NOPE', 404, 'NOT_FOUND', ''],
      ['simulate-landing.csv?targets=x', 400, 'BAD_USER_INPUT', 'input.targets'],
      ['simulate-landing.csv?targets=' + P[0] + '&parks=bad', 400, 'BAD_USER_INPUT', 'parks.0'],
      ['plan-portfolio.csv?count=0', 400, 'BAD_USER_INPUT', 'input.count'],
    ];
    for (const [path, status, code, field] of cases) {
      const res = await get(path, analyst);
      const body = (await res.json()) as Data;
      expect([path, res.status, body.errors[0].extensions.code]).toEqual([path, status, code]);
      if (field)
        expect([path, (body.errors[0].extensions.fields as Data[]).map((f) => f.path)]).toEqual([path, expect.arrayContaining([field])]);
    }
    expect((await get('nothing.xlsx', analyst)).status).toBe(404);
    expect((await get('rank-targets.pdf', analyst)).status).toBe(404);
  });
});
