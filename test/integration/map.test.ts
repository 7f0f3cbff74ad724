import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { Role } from '../../src/auth/roles';
import type { Service } from '../../src/app';
import { MAP_DIR } from '../../src/http/map';
import { authTestConfig, tokenFor } from '../support/auth';
import { startDemoService } from '../support/db';
import { gql } from '../support/http';

/**
 * The three maps (三图) in a real Chromium (Debian's package, driven by playwright-core) against the
 * demo data, with roles on: the page takes the token, draws each map from the API, and changes what it
 * shows when a planner clicks a link and ticks firms for a what-if. It may ask nothing of another host.
 * SCREENSHOTS=1 writes the pictures of docs/ (docs/map.md).
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';
const SHOTS = process.env.SCREENSHOTS === '1' ? path.join(__dirname, '..', '..', 'docs', 'img') : undefined;

const NO_BROWSER = `No Chromium at ${CHROMIUM}. The map tests drive a real browser: install Debian's packages with
  apt-get install chromium fonts-noto-cjk
or point CHROMIUM_PATH at a Chromium binary (README, Prerequisites).`;

describe('the map page (/map) in Chromium', () => {
  let svc: Service;
  let browser: Browser;
  let page: Page;
  let token: string;
  let admin: string;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    // Before anything slow: without a browser there is nothing to test, and the message says what to install.
    if (!fs.existsSync(CHROMIUM)) throw new Error(NO_BROWSER);
    expect(fs.existsSync(path.join(MAP_DIR, 'app.js'))).toBe(true); // built by npm run build (pretest)
    // The page sends only trusted documents: every role but an admin may send nothing else here, so a
    // page operation missing from the manifest would fail. The test's own API calls go as an admin.
    svc = await startDemoService({ ...authTestConfig(false), trustedOnly: ['ANONYMOUS', 'VIEWER', 'EXPERT', 'ANALYST', 'PLANNER'] });
    token = await tokenFor(Role.ANALYST, '测试分析员');
    admin = await tokenFor(Role.ADMIN, '测试管理员');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    // The checks below evaluate script in the page, which its CSP forbids; page-security.test.ts runs
    // the page under the policy.
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const own = new URL(svc.url).host;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.host !== own) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  const ready = (view: string): Promise<unknown> => page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 120000 });
  const shot = async (name: string, p: Page = page): Promise<void> => {
    if (SHOTS) await p.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };

  /** Rendered label boxes and font sizes of the chain map, as Cytoscape drew them, and what is wrong with them. */
  const readability = (p: Page): Promise<unknown> =>
    p.evaluate(`(() => {
      const cy = window.__map.cy;
      const width = document.getElementById('chain').clientWidth;
      const labels = cy.nodes().map((n) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return { id: n.id(), px: parseFloat(n.style('font-size')) * cy.zoom(), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
      });
      const small = labels.filter((l) => l.px < 12).map((l) => l.id + ':' + l.px);
      const cut = labels.filter((l) => l.x1 < -1 || l.x2 > width + 1 || l.y1 < -1).map((l) => l.id);
      const overlapping = [];
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i], b = labels[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(a.id + '/' + b.id);
        }
      return { chain: window.__map.industry, small, overlapping, cut };
    })()`);

  it('opens on the cockpit (驾驶舱): the year’s figures are pipelineStats’, each a click from its list', async () => {
    const started = Date.now();
    await page.goto(`${svc.url}/map?token=${encodeURIComponent(token)}`);
    await ready('cockpit');
    // Reported, not judged (timing depends on the machine): docs/performance.md gives the figures.
    console.log(`[map] cockpit ready ${Date.now() - started} ms after navigation (first load of a fresh service)`);
    const api = await gql<any>(
      svc.url,
      '{ pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31"}) { entered { stage count amountYi } byStage { stage count } byTeam { team { name } } byTown { town { name } signed { amountYi } } } }',
      {},
      admin,
    );
    const s = api.data.pipelineStats;
    const signed = s.entered.find((e: any) => e.stage === 'SIGNED');
    expect(await page.textContent('#period-text')).toBe('2022-01-01 至 2022-12-31；任务口径：全市年度任务');
    expect(await page.textContent('#kpi-signed')).toBe(`${signed.count} 个`);
    expect(await page.textContent('#kpi-amount')).toBe(`${Math.round(signed.amountYi * 10) / 10} 亿元`);
    const talks = s.byStage.find((e: any) => e.stage === 'NEGOTIATING').count;
    expect(await page.textContent('#kpi-talks')).toBe(`${talks} 个`);
    expect(await page.locator('table[data-board="队伍"] tbody tr').count()).toBe(s.byTeam.length);
    // The towns' board: every town with projects in its parks, the largest signed amount first.
    expect(s.byTown.length).toBeGreaterThan(3);
    const topTown = [...s.byTown].sort((a: any, b: any) => b.signed.amountYi - a.signed.amountYi)[0];
    expect(await page.locator('table[data-board="镇街"] tbody tr').count()).toBe(s.byTown.length);
    expect(await page.locator('table[data-board="镇街"] tbody tr').first().locator('td').nth(1).textContent()).toBe(topTown.town.name);
    await page.click('[data-kpi="talks"]');
    await page.waitForSelector('#drill ol.drill-list', { timeout: 60000 });
    expect(await page.textContent('#drill h3')).toBe(`在谈（对接）项目（${talks} 个）`);
    expect(await page.locator('#drill ol.drill-list li').count()).toBe(talks);
    // Every investor in a list opens its 企业画像.
    const investor = (await page.locator('#drill [data-firm]').first().textContent())!;
    await page.locator('#drill [data-firm]').first().click();
    await page.waitForFunction(`document.getElementById('firm-title').textContent === ${JSON.stringify(investor)}`, null, {
      timeout: 60000,
    });
    await page.click('#firm-close');
    await shot('map-cockpit');
    // The 百日攻坚: the same figures for the campaign's projects (the article: 89 signed).
    await page.selectOption('#period', 'campaign');
    await page.waitForFunction(`document.getElementById('period-text').textContent.includes('百日攻坚')`, null, { timeout: 60000 });
    expect(await page.textContent('#kpi-signed')).toBe('89 个');
    // The period's 招商通报, as the meeting takes it.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.click('[data-briefing="docx"]')]);
    expect(download.suggestedFilename()).toBe('招商通报-2022-01-01至2022-12-31.docx');
  });

  it('draws the 新能源 chain from the API with the token: links by status under stage headings, suggested firms in the panel', async () => {
    const started = Date.now();
    await page.click('#tab-chain');
    await ready('chain');
    // Reported, not judged (timing depends on the machine): docs/performance.md gives a quiet run's figure.
    console.log(`[map] chain map ready ${Date.now() - started} ms after its tab was clicked`);
    const hjt = await page.evaluate(`window.__map.cy.$id('NE-HJT').data('status')`);
    expect(hjt).toBe('BROKEN');
    expect(await page.locator('#chain-links button').count()).toBe(19);
    expect(await page.locator('#chain-links button[data-status="BROKEN"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.stage-heads span').allTextContents()).toEqual(['上游', '中游', '下游']);
    // The suggested firms are a list in the panel (with what each fills), and the map says where they help.
    const api = await gql<any>(
      svc.url,
      '{ rankTargets(input: {industryCode: "NE", mode: FILL}, first: 8) { edges { node { enterprise { name } filledLinks { link { code } } } } } }',
      {},
      admin,
    );
    const ranked = api.data.rankTargets.edges.map((e: any) => e.node);
    expect(await page.locator('#panel-body ol.suggested input[data-pick]').count()).toBe(ranked.length);
    expect(await page.locator('#panel-body ol.suggested b').first().textContent()).toBe(ranked[0].enterprise.name);
    const fills = ranked.filter((t: any) => t.filledLinks.some((f: any) => f.link.code === 'NE-HJT')).length;
    expect(await page.evaluate(`window.__map.cy.$id('NE-HJT').data('label')`)).toContain(`推荐 ${fills} 家`);
    expect(await page.evaluate(`window.__map.cy.nodes('[kind = "virtual"]').length`)).toBe(0);
    await shot('map-chain');
  });

  it('draws every chain readably at 1366×768: labels of at least 12 px, none overlapping, none cut off (390×844: the phone test)', async () => {
    const chains = await page.locator('#industry option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
    expect(chains.length).toBeGreaterThan(3);
    for (const c of chains) {
      await page.selectOption('#industry', c);
      await ready('chain');
      expect(await readability(page)).toEqual({ chain: c, small: [], overlapping: [], cut: [] });
    }
    await page.selectOption('#industry', 'NE');
    await ready('chain');
  });

  it('opens a link on click: its local firms, the projects filling it, ranked firms with reasons and a warm path', async () => {
    // A real click where Cytoscape drew the node (the canvas has no DOM element per node).
    // The map keeps its scale and the page scrolls: bring the node into view first.
    const r = await page.evaluate<{ x: number; y: number }>(`window.__map.cy.$id('NE-HJT').renderedPosition()`);
    await page.evaluate(`window.scrollTo(0, document.getElementById('chain').getBoundingClientRect().top + window.scrollY + ${r.y} - 300)`);
    const box = (await page.locator('#chain').boundingBox())!;
    await page.mouse.click(box.x + r.x, box.y + r.y);
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === 'NE-HJT'`, null, { timeout: 60000 });
    await page.waitForSelector('#panel-body .introducer, #panel-body .reasons', { timeout: 60000 });
    expect(await page.textContent('#panel-title')).toBe('新能源 · 异质结电池');
    expect(await page.textContent('#panel-body')).toContain('补链项目');
    // A link's projects with their three-colour warning, as the API gives it on the data's day.
    const on = await page.evaluate<string>('window.__map.latestSigned');
    const linkApi = await gql<any>(
      svc.url,
      'query($on: LocalDate) { industry(code: "NE") { links { code projects { name warning(on: $on) { colour } } } } }',
      { on },
      admin,
    );
    const watched = (linkApi.data.industry.links as any[]).find((l) => l.projects.some((p: any) => p.warning));
    expect(watched).toBeDefined();
    await page.click(`#chain-links button[data-link="${watched.code}"]`);
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === '${watched.code}'`, null, { timeout: 60000 });
    const warned = (watched.projects as any[]).filter((p) => p.warning);
    const colours = await page.locator('#panel-body .warn').evaluateAll((els) => els.map((e) => e.className.replace('warn ', '')));
    expect(colours).toEqual(warned.map((p) => p.warning.colour));
    await page.click('#chain-links button[data-link="NE-HJT"]');
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === 'NE-HJT'`, null, { timeout: 60000 });
    await page.waitForSelector('#panel-body .target', { timeout: 60000 });
    expect(await page.locator('#panel-body .target .reasons').first().textContent()).toMatch(/异质结电池/);
    expect(await page.locator('#panel-body .pathgraph canvas').count()).toBeGreaterThan(0);
    // Scores to one decimal, every reason of the ranking, and who to ask first.
    const api = await gql<any>(
      svc.url,
      '{ rankTargets(input: {industryCode: "NE", mode: FILL, linkCodes: ["NE-HJT"]}, first: 5) { edges { node { score reasons warmPaths { description } } } } }',
      {},
      admin,
    );
    const first = api.data.rankTargets.edges[0].node;
    expect(await page.locator('#panel-body .target label').first().textContent()).toContain(`${first.score.toFixed(1)}分`);
    expect(await page.locator('#panel-body .target').first().locator('.reasons li').count()).toBe(first.reasons.length);
    const introduced = api.data.rankTargets.edges.filter((e: any) => e.node.warmPaths.length > 0).length;
    expect(await page.locator('#panel-body .introducer').count()).toBe(introduced);
    if (introduced > 0) expect(await page.locator('#panel-body .introducer').first().textContent()).toMatch(/^引荐：/);
  });

  it('opens a firm’s page (企业画像) from the panel: basics, links with evidence, projects, follow-ups, warm paths', async () => {
    const uscc = await page.getAttribute('#panel-body [data-firm]', 'data-firm');
    const api = await gql<any>(
      svc.url,
      'query($u: String!) { enterprise(uscc: $u) { name links { link { name } } followUps { on } } warmPaths(uscc: $u) { description } }',
      { u: uscc },
      admin,
    );
    const e = api.data.enterprise;
    await page.click('#panel-body [data-firm]');
    await page.waitForFunction(`document.getElementById('firm-title').textContent === ${JSON.stringify(e.name)}`, null, { timeout: 60000 });
    expect(await page.evaluate(`document.getElementById('firm').open`)).toBe(true);
    const text = (await page.textContent('#firm-body'))!;
    for (const l of e.links) expect(text).toContain(l.link.name);
    expect(text).toContain('所在环节');
    expect(text).toContain('跟进');
    for (const w of api.data.warmPaths) expect(text).toContain(w.description);
    await shot('map-firm');
    await page.click('#firm-close');
    expect(await page.evaluate(`document.getElementById('firm').open`)).toBe(false);
  });

  it('runs the what-if for ticked firms and recolours the links that change', async () => {
    const boxes = page.locator('#panel-body input[data-pick]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    expect(await page.textContent('#picked')).toBe('2');
    await page.click('#whatif');
    await page.waitForFunction(`document.getElementById('result').textContent.includes('落地模拟')`, null, { timeout: 60000 });
    // Two heterojunction makers: 异质结电池 is no longer broken, on the graph and in the list.
    const after = await page.evaluate(`window.__map.cy.$id('NE-HJT').data('status')`);
    expect(after).not.toBe('BROKEN');
    expect(await page.getAttribute('#chain-links button[data-link="NE-HJT"]', 'data-status')).toBe(after);
    expect(await page.textContent('#result')).toContain('补上缺口 异质结电池');
    expect(await page.textContent('#result')).toContain('新能源：');
    // Rings exactly where a link's status or supply rate moves, as the API says.
    const picked = await page.evaluate<string[]>(`[...window.__map.picked]`);
    const sim = await gql<any>(
      svc.url,
      'query($t: [String!]!) { simulateLanding(input: {targets: $t}) { links { link { code } before { status localSupplyRate } after { status localSupplyRate } } } }',
      { t: picked },
      admin,
    );
    const expected = (sim.data.simulateLanding.links as any[])
      .filter((l) => l.before.status !== l.after.status || l.before.localSupplyRate !== l.after.localSupplyRate)
      .map((l) => l.link.code as string)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.evaluate(`window.__map.cy.nodes('.changed').map((n) => n.id()).sort()`)).toEqual(expected);
    await shot('map-whatif');
  });

  it('plans a portfolio within the land and draws its coverage curve', async () => {
    await page.fill('#plan-count', '6');
    await page.fill('#plan-land', '400');
    await page.click('#plan');
    await page.waitForFunction(`document.getElementById('result').textContent.includes('招商组合')`, null, { timeout: 60000 });
    const api = await gql<any>(
      svc.url,
      '{ planPortfolio(input: {industryCode: "NE", mode: FILL, count: 6, landBudgetMu: 400}) { picks { target { name } park { name } links { link { code } } } } }',
      {},
      admin,
    );
    const picks = api.data.planPortfolio.picks as any[];
    // Each pick with its gain in points of the chain's gaps, its land and park; the guarantee in words.
    expect(await page.locator('table.picks tbody tr').count()).toBe(picks.length);
    expect(await page.locator('table.picks tbody tr').first().textContent()).toMatch(/\+[\d.]+ 个百分点[\d.]+ 亩/);
    expect(await page.locator('table.picks tbody tr').first().textContent()).toContain(picks[0].park?.name ?? '待定');
    expect(await page.textContent('#result')).not.toContain('1−(1−1/k)');
    // The links the picks fill are marked on the map, and no others.
    const planned = [...new Set(picks.flatMap((x) => x.links.map((l: any) => l.link.code as string)))].sort();
    expect(await page.evaluate(`window.__map.cy.nodes('.planned').map((n) => n.id()).sort()`)).toEqual(planned);
    expect(await page.locator('#curve canvas').count()).toBe(1);
  });

  it('assesses a pipeline project (项目预评估): score, verdict and the links it changes on the chain', async () => {
    await page.waitForFunction(`document.querySelectorAll('#assess-project option').length > 1`, null, { timeout: 60000 });
    const hjt = await page.evaluate(
      `[...document.querySelectorAll('#assess-project option')].find((o) => o.textContent === '百亿级20GW异质结电池项目').value`,
    );
    await page.selectOption('#assess-project', String(hjt));
    expect(await page.isHidden('#assess-form')).toBe(true);
    await page.click('#assess');
    await page.waitForSelector('#assess-verdict', { timeout: 60000 });
    expect(await page.getAttribute('#assess-verdict', 'data-verdict')).toBe('PASS');
    expect(await page.textContent('#assess-verdict')).toMatch(/^项目预评估：通过，[\d.]+ 分（≥ 80 分）/);
    expect(await page.locator('table.parts tbody tr').count()).toBe(13);
    // The link it fills is drawn as it would be, and ringed.
    expect(await page.evaluate(`window.__map.cy.$id('NE-HJT').data('status')`)).not.toBe('BROKEN');
    expect(await page.evaluate(`window.__map.cy.$id('NE-HJT').hasClass('changed')`)).toBe(true);
    expect(await page.locator('#result [data-report="pdf"]').count()).toBe(1);

    // A proposal typed in: no credit check, so it cannot pass outright, and says what to verify.
    await page.selectOption('#assess-project', '');
    await page.fill('#as-name', '某储能项目');
    await page.fill('#as-investor', '某储能科技有限公司');
    await page.fill('#as-amount', '5');
    await page.fill('#as-land', '100');
    await page.fill('#as-tax', '3000');
    await page.selectOption('#as-link', 'NE-HJT');
    await page.click('#assess');
    await page.waitForFunction(`document.getElementById('assess-verdict')?.dataset.verdict !== 'PASS'`, null, { timeout: 60000 });
    expect(await page.textContent('#result')).toContain('失信被执行人（需核实）');
    await shot('map-assessment');
  });

  it('shows a firm’s assessments on its page and assesses its open project from there', async () => {
    const api = await gql<any>(
      svc.url,
      '{ projects(first: 5, filter: {stages: [NEGOTIATING, PLANNED], industryCode: "NE"}) { edges { node { id name investor { uscc name } } } } }',
      {},
      admin,
    );
    const p = api.data.projects.edges.map((e: any) => e.node).find((x: any) => x.investor);
    const a = await gql<any>(
      svc.url,
      'query($i: AssessProjectInput!) { assessProject(input: $i) { score verdictLabel } }',
      { i: { projectId: p.id } },
      admin,
    );
    await page.evaluate(
      `document.body.insertAdjacentHTML('beforeend', '<button id="probe" data-firm="${p.investor.uscc}">probe</button>')`,
    );
    await page.click('#probe');
    await page.waitForFunction(`document.getElementById('firm-title').textContent === ${JSON.stringify(p.investor.name)}`, null, {
      timeout: 60000,
    });
    await page.waitForSelector('#firm-body .firm-assessments', { timeout: 60000 });
    expect(await page.textContent('#firm-body')).toContain('项目预评估');
    await page.click(`#firm-body [data-assess-firm-project="${p.id}"]`);
    await page.waitForFunction(`document.querySelector('#firm-body .firm-assess-out').textContent.includes('分')`, null, {
      timeout: 60000,
    });
    expect(await page.textContent('#firm-body .firm-assess-out')).toContain(
      `${a.data.assessProject.verdictLabel}，${Math.round(a.data.assessProject.score * 10) / 10} 分`,
    );
    await page.click('#firm-close');
    await page.evaluate(`document.getElementById('probe').remove()`);
  });

  it('draws the target map: firms by city above the chambers, Nan’an marked, a firm’s introducer lines on click', async () => {
    await page.click('#tab-target');
    await ready('target');
    expect(await page.locator('#targetmap canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#result')).toMatch(/地图上 \d+ 家目标企业（按所在城市定位）与 \d+ 个南安商会/);
    expect(await page.textContent('#abroad')).toContain('港澳台及海外目标');
    // Each firm at its own city's coordinates from the API (spread only when a city has several).
    const api = await gql<any>(
      svc.url,
      '{ rankTargets(input: {industryCode: "NE", mode: FILL}, first: 100) { edges { node { enterprise { uscc name city { code longitude latitude } } } } } }',
      {},
      admin,
    );
    const firms = api.data.rankTargets.edges.map((e: any) => e.node.enterprise).filter((e: any) => e.city?.longitude);
    const first = firms[0];
    const drawn = await page.evaluate<any>(`window.__map.targetDots.find((d) => d.uscc === ${JSON.stringify(first.uscc)})`);
    expect(drawn.value.slice(0, 2)).toEqual([first.city.longitude, first.city.latitude]);
    const options = await page.evaluate<any>(
      `window.__map.chart('targetmap').getOption().series.map((s) => ({ name: s.name, z: s.z, n: s.data.length }))`,
    );
    const z = Object.fromEntries(options.map((o: any) => [o.name, o.z]));
    expect(z['招商目标']).toBeGreaterThan(z['南安商会']);
    expect(options.find((o: any) => o.name === '南安').n).toBe(1);
    // A firm with a path through a chamber: clicking it draws the chamber → firm lines and opens its card.
    let withChamber: any;
    for (const f of firms.slice(0, 40)) {
      const w = await gql<any>(svc.url, 'query($u: String!) { warmPaths(uscc: $u) { nodes { label } } }', { u: f.uscc }, admin);
      if (w.data.warmPaths.some((p: any) => p.nodes.some((n: any) => n.label === 'Chamber'))) {
        withChamber = f;
        break;
      }
    }
    expect(withChamber).toBeDefined();
    await page.evaluate(
      `(() => { const c = window.__map.chart('targetmap'); const i = window.__map.targetDots.findIndex((d) => d.uscc === ${JSON.stringify(withChamber.uscc)});
        c.dispatchAction({ type: 'showTip', seriesIndex: 1, dataIndex: i }); c.trigger('click', { seriesName: '招商目标', data: window.__map.targetDots[i] }); })()`,
    );
    await page.waitForFunction(`document.getElementById('panel-title').textContent.endsWith(${JSON.stringify(withChamber.name)})`, null, {
      timeout: 60000,
    });
    const lines = await page.evaluate<number>(
      `window.__map.chart('targetmap').getOption().series.find((s) => s.name === '引荐线').data.length`,
    );
    expect(lines).toBeGreaterThan(0);
    expect(await page.textContent('#panel-body h3')).toContain(`其中 ${lines} 条经南安商会`);
    await page.click('#panel-body [data-firm]');
    await page.waitForFunction(`document.getElementById('firm-title').textContent === ${JSON.stringify(withChamber.name)}`, null, {
      timeout: 60000,
    });
    await page.click('#firm-close');
    await page.waitForTimeout(600); // the map's entry animation, for the picture only
    await shot('map-targets');
  });

  it('draws the park map on Nan’an’s towns: the chain’s parks marked, land, 招商率, 亩均税收 and plots by status', async () => {
    await page.click('#tab-park');
    await ready('park');
    expect(await page.textContent('#result')).toContain('9 个标准化园区入驻 386 家，规划 745 家，招商率 51.8%');
    expect(await page.textContent('#result')).toContain('镇街位置为示意');
    const api = await gql<any>(
      svc.url,
      '{ parks(first: 100) { edges { node { id name industries { code } town { code } landPlots { status } } } } city(code: "350583") { towns { code longitude latitude } } }',
      {},
      admin,
    );
    const parks = api.data.parks.edges.map((e: any) => e.node);
    const ne = parks.filter((p: any) => p.industries.some((i: any) => i.code === 'NE'));
    expect(ne.length).toBeGreaterThan(0);
    expect(await page.textContent('#parklist > b')).toBe(`定位新能源的园区（${ne.length}）`);
    const series = await page.evaluate<any>(
      `window.__map.chart('parkchart').getOption().series.map((s) => ({ name: s.name, ids: s.data.map((d) => d.id) }))`,
    );
    expect(series.find((s: any) => s.name === '定位新能源').ids.sort()).toEqual(ne.map((p: any) => p.id).sort());
    expect(series.find((s: any) => s.name === '镇街').ids.length).toBe(api.data.city.towns.length);
    // A park sits on its town (or beside it, when the town has several).
    const town = new Map(api.data.city.towns.map((t: any) => [t.code, [t.longitude, t.latitude]]));
    const dots = await page.evaluate<any[]>(`window.__map.parkDots.map((d) => ({ id: d.id, at: d.value.slice(0, 2) }))`);
    for (const d of dots) {
      const p = parks.find((x: any) => x.id === d.id);
      const t = town.get(p.town.code) as number[];
      expect(Math.hypot(d.at[0] - t[0], d.at[1] - t[1])).toBeLessThan(0.03);
    }
    // The plots of a park by status, in the list and in its panel.
    const withPlots = ne.find((p: any) => p.landPlots.length > 0);
    expect(withPlots).toBeDefined();
    await page.click(`#parklist [data-park="${withPlots.id}"]`);
    const statuses = [...new Set(withPlots.landPlots.map((l: any) => l.status))].sort();
    expect(
      (await page.locator('#panel-body [data-plot]').evaluateAll((els) => els.map((e) => e.getAttribute('data-plot')))).sort(),
    ).toEqual(statuses);
    await page.waitForTimeout(600);
    await shot('map-parks');
  });

  it('is usable with the keyboard: tabs and links are buttons that open with Enter', async () => {
    await page.focus('#tab-chain');
    await page.keyboard.press('Enter');
    await ready('chain');
    await page.focus('#chain-links button[data-link="NE-WAFER"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === 'NE-WAFER'`, null, { timeout: 60000 });
  });

  it('fits a phone held upright', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    try {
      // The cockpit first: its figures wrap into columns a phone shows without zooming.
      await phone.goto(`${svc.url}/map?token=${encodeURIComponent(token)}`);
      await phone.waitForSelector('body[data-ready="cockpit"]', { timeout: 120000 });
      expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
      const smallest = await phone.evaluate(
        `Math.min(...[...document.querySelectorAll('.kpi span')].map((e) => parseFloat(getComputedStyle(e).fontSize)))`,
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await shot('map-phone-cockpit', phone);
      await phone.click('#tab-chain');
      await phone.waitForSelector('body[data-ready="chain"]', { timeout: 120000 });
      // No horizontal scrolling: the panel stacks under the map; the labels keep their size and room.
      expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
      expect(await readability(phone)).toEqual({ chain: 'NE', small: [], overlapping: [], cut: [] });
      await shot('map-phone', phone);
      // Every chain, as on the wide screen.
      const chains = await phone.locator('#industry option').evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
      for (const c of chains.filter((x) => x !== 'NE')) {
        await phone.selectOption('#industry', c);
        await phone.waitForSelector('body[data-ready="chain"]', { timeout: 120000 });
        expect(await readability(phone)).toEqual({ chain: c, small: [], overlapping: [], cut: [] });
        expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
      }
    } finally {
      await phone.close();
    }
  });

  it('answers a question in the 问一问 box: the answer, citations into the maps and the firm page, the operation behind it', async () => {
    await page.fill('#ask-input', '补异质结电池找谁？谁能引荐？');
    await page.press('#ask-input', 'Enter');
    await page.waitForSelector('#ask-body .answer', { timeout: 120000 });
    const api = await gql<any>(
      svc.url,
      '{ ask(question: "补异质结电池找谁？谁能引荐？") { answer citations { kind id name } } }',
      {},
      admin,
    );
    const text = (await page.textContent('#ask-body'))!;
    expect(text).toContain(api.data.ask.answer.split('\n')[1]);
    expect(text).toContain('ToolRankTargets');
    await shot('map-ask');
    // A cited firm opens its page over the answer.
    const firm = api.data.ask.citations.find((c: any) => c.kind === 'ENTERPRISE');
    await page.click(`#ask-body [data-firm="${firm.id}"]`);
    await page.waitForFunction(`document.getElementById('firm-title').textContent === ${JSON.stringify(firm.name)}`, null, {
      timeout: 60000,
    });
    await page.click('#firm-close');
    // A cited link opens the chain map on that link.
    await page.click('#ask-body [data-ask-open="LINK"][data-id="NE-HJT"]');
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === 'NE-HJT'`, null, { timeout: 120000 });
    expect(await page.evaluate(`document.getElementById('ask').open`)).toBe(false);
    // A follow-up asks again.
    await page.fill('#ask-input', '新能源链断在哪？');
    await page.press('#ask-input', 'Enter');
    await page.waitForSelector('#ask-body [data-ask-q]', { timeout: 120000 });
    const follow = (await page.getAttribute('#ask-body [data-ask-q]', 'data-ask-q'))!;
    await page.click('#ask-body [data-ask-q]');
    await page.waitForFunction(`document.getElementById('ask-title').textContent === ${JSON.stringify(`问一问：${follow}`)}`, null, {
      timeout: 60000,
    });
    await page.waitForSelector('#ask-body .answer, #ask-body .hint:not(:first-child)', { timeout: 120000 });
    await page.click('#ask-close');
  });

  it('shows a question with markup in it as text, and a refusal with what it can answer', async () => {
    await page.fill('#ask-input', '<img src=x onerror="window.__xss=1">删除所有企业');
    await page.press('#ask-input', 'Enter');
    await page.waitForFunction(
      `document.querySelector('#ask-body p') && !document.querySelector('#ask-body p').textContent.includes('正在回答')`,
      null,
      {
        timeout: 120000,
      },
    );
    expect(await page.textContent('#ask-title')).toContain('<img');
    expect(await page.locator('#ask img').count()).toBe(0);
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.textContent('#ask-body')).toContain('只读');
    expect(await page.locator('#ask-body [data-ask-q]').count()).toBeGreaterThan(0);
    await page.click('#ask-close');
  });

  it('made no request to another host and raised no script error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('resets on demand, and clears the ticks and the rings when the chain changes', async () => {
    await page.click('#tab-chain');
    await ready('chain');
    // A what-if rings links and keeps the ticks; 复位 redraws the chain as it is.
    await page.click('#chain-links button[data-link="NE-HJT"]');
    await page.waitForSelector('#panel-body .target', { timeout: 60000 });
    await page.locator('#panel-body input[data-pick]').first().check();
    await page.click('#whatif');
    await page.waitForFunction(`window.__map.cy.nodes('.changed').length > 0`, null, { timeout: 60000 });
    await page.click('#reset');
    await page.waitForFunction(`window.__map.cy.nodes('.changed').length === 0`, null, { timeout: 60000 });
    expect(await page.evaluate(`window.__map.cy.$id('NE-HJT').data('status')`)).toBe('BROKEN');
    expect(await page.textContent('#picked')).toBe('0');
    await page.selectOption('#industry', 'IC');
    await page.waitForFunction(`window.__map.cy && window.__map.cy.$id('IC-WAFER').nonempty()`, null, { timeout: 60000 });
    expect(await page.textContent('#picked')).toBe('0');
    expect(await page.evaluate(`window.__map.cy.nodes('.changed').length`)).toBe(0);
    expect(await page.textContent('#panel-title')).toBe('光电信息（芯片） · 推荐企业');
    expect(await page.locator('#panel-body input[data-pick]:checked').count()).toBe(0);
    await page.selectOption('#industry', 'NE');
    await page.waitForFunction(`window.__map.cy && window.__map.cy.$id('NE-HJT').nonempty()`, null, { timeout: 60000 });
  });

  it('shows a viewer the chain diagnosis and says what a higher role adds', async () => {
    const viewer = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await viewer.goto(`${svc.url}/map?token=${encodeURIComponent(await tokenFor(Role.VIEWER, '测试查看员'))}#chain`);
    await viewer.waitForSelector('body[data-ready="chain"]', { timeout: 120000 });
    expect(await viewer.evaluate(`window.__map.cy.$id('NE-HJT').data('status')`)).toBe('BROKEN');
    expect(await viewer.evaluate(`window.__map.cy.nodes('[kind = "virtual"]').length`)).toBe(0);
    expect(await viewer.textContent('#result')).toContain('推荐企业、落地模拟和项目预评估需要「分析」及以上角色的令牌');
    await viewer.close();
  });

  it('reloads the cockpit and a chain warm (times printed for docs/performance.md, not judged)', async () => {
    const times: Record<string, number[]> = { cockpit: [], chain: [] };
    for (const view of ['cockpit', 'chain'] as const) {
      await page.goto(`${svc.url}/map#${view}`);
      await ready(view);
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        await page.reload();
        await ready(view);
        times[view].push(Date.now() - started);
      }
    }
    console.log(`[map] warm reloads: cockpit ${times.cockpit.join(', ')} ms; chain ${times.chain.join(', ')} ms`);
    expect(await page.locator('#kpis .kpi').count()).toBe(0); // the chain view is on screen, the cockpit's figures were not redrawn
    expect(await page.evaluate(`window.__map.cy.nodes().length`)).toBeGreaterThan(10);
  });

  it('shows the API’s refusal in Chinese when the token is missing', async () => {
    const anon = await browser.newPage({ bypassCSP: true });
    try {
      await anon.goto(`${svc.url}/map`);
      await anon.evaluate('localStorage.clear()');
      await anon.reload();
      await anon.waitForSelector('.error', { timeout: 60000 });
      expect(await anon.textContent('.error')).toMatch(/出错了/);
    } finally {
      await anon.close();
    }
  });
});
