import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Service } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { authTestConfig, tokenFor } from '../support/auth';
import { startDemoService } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;

/** The 招商通报 for a period, as Word and PDF, read back and held to pipelineStats. */
describe('the briefing (/export/briefing.docx|.pdf)', () => {
  let svc: Service;
  let viewer: string;
  const FROM = '2022-08-10';
  const TO = '2022-11-17';
  beforeAll(async () => {
    svc = await startDemoService(authTestConfig(false));
    viewer = await tokenFor(Role.VIEWER);
  });
  afterAll(() => svc.close());
  const get = (query: string, token?: string): Promise<Response> =>
    fetch(`${svc.url}/export/${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('writes the period’s figures, the one before for comparison, and the teams’ chart', async () => {
    const api = await gql<Data>(
      svc.url,
      `query($a: PipelineStatsFilter!, $b: PipelineStatsFilter!) {
        now: pipelineStats(filter: $a) { entered { stage count amountYi } atRisk { name } byTeam { team { name } } byTown { town { name } } }
        before: pipelineStats(filter: $b) { entered { stage count } }
        gaps: chainGapChanges(input: {from: "${FROM}", to: "${TO}"}) { kind link { name } kindLabel } }`,
      { a: { from: FROM, to: TO }, b: { from: '2022-05-02', to: '2022-08-09' } },
      viewer,
    );
    const now = api.data!.now;
    const signed = now.entered.find((e: Data) => e.stage === 'SIGNED');
    const before = api.data!.before.entered.find((e: Data) => e.stage === 'SIGNED');
    const res = await get(`briefing.docx?from=${FROM}&to=${TO}`, viewer);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('招商通报');
    expect(text).toContain(`${FROM} 至 ${TO}`);
    expect(text).toContain(`${signed.count} 个，计划总投资 ${Math.round(signed.amountYi * 10) / 10} 亿元（上期 ${before.count} 个`);
    expect(text).toContain('对比期间2022-05-02 至 2022-08-09');
    for (const t of now.byTeam as Data[]) expect(text).toContain(t.team.name);
    expect(text).toContain(`逾期风险 ${now.atRisk.length} 个`);
    // The towns' board, the gaps that moved and (for a viewer) what the ranking would add.
    expect(now.byTown.length).toBeGreaterThan(0);
    for (const t of now.byTown as Data[]) expect(text).toContain(t.town.name);
    const gaps = api.data!.gaps as Data[];
    expect(text).toContain(
      `本期补上缺口 ${gaps.filter((g) => g.kind === 'CLOSED').length} 个，新出现缺口 ${gaps.filter((g) => g.kind === 'OPENED').length} 个，环节状态变化共 ${gaps.length} 个`,
    );
    for (const g of gaps) expect(text).toContain(`${g.link.name}${g.kindLabel}`);
    expect(text).toContain('推荐名单需「分析」及以上角色的令牌');
    // The chart is a PNG inside the document.
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(1);

    const pdf = await get(`briefing.pdf?from=${FROM}&to=${TO}`, viewer);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-')), 'b.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const read = JSON.parse(
      execFileSync(process.execPath, [path.join(__dirname, '..', 'support', 'pdf-text.mjs'), file], { encoding: 'utf8' }),
    ) as {
      text: string;
    };
    const flat = read.text.replace(/\s+/g, '');
    for (const s of ['招商通报', '年度任务完成情况', '比拼晾晒', '风险项目与违约', '产业链缺口变化', `${signed.count}个`])
      expect(flat).toContain(s);
  });

  it('lists the top targets’ moves for an analyst, as targetMoves gives them', async () => {
    const analyst = await tokenFor(Role.ANALYST);
    const api = await gql<Data>(
      svc.url,
      `{ targetMoves(input: {from: "${FROM}", to: "${TO}", first: 10}) { enterprise { name } rankAfter moveLabel } }`,
      {},
      analyst,
    );
    const moves = api.data!.targetMoves as Data[];
    expect(moves.length).toBeGreaterThanOrEqual(10);
    const res = await get(`briefing.docx?from=${FROM}&to=${TO}`, analyst);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const m of moves) expect(text).toContain(`${m.enterprise.name}`);
    expect(text).toContain(moves[0].moveLabel);
    expect(text).not.toContain('推荐名单需「分析」及以上角色的令牌');
  });

  it('takes the API’s roles and names a bad period', async () => {
    expect((await get(`briefing.docx?from=${FROM}&to=${TO}`)).status).toBe(401);
    expect((await get(`briefing.docx?from=${FROM}&to=${TO}`, await tokenFor(Role.EXPERT, 'EX-01'))).status).toBe(403);
    for (const [q, field] of [
      [`briefing.docx?from=${TO}&to=${FROM}`, 'from'],
      ['briefing.docx?from=2022-02-30&to=2022-03-01', 'from'],
      ['briefing.docx?from=2022-01-01', 'to'],
      ['briefing.docx?from=2020-01-01&to=2022-01-01', 'from'],
      [`briefing.docx?from=${FROM}&to=${TO}&team=x`, 'team'],
    ]) {
      const res = await get(q, viewer);
      const body = (await res.json()) as Data;
      expect([q, res.status, body.errors[0].extensions.code, body.errors[0].extensions.fields[0].path]).toEqual([
        q,
        400,
        'BAD_USER_INPUT',
        field,
      ]);
    }
  });
});
