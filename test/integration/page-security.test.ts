import fs from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { Service, startService } from '../../src/app';
import { BUMP_GRAPH_VERSION } from '../../src/db/db.queries';
import { PAGE_CSP } from '../../src/http/page-headers';
import { importDataset } from '../../src/modules/import/import.service';
import { DEMO_DIR, resetDatabase, silentLogger, testConfig, testGateway } from '../support/db';
import { gql } from '../support/http';

/**
 * Text from the graph is data, never markup: firms, a chamber and a park whose names are HTML that
 * would run script are shown on every map, panel, list and tooltip of /map, and nothing runs. The
 * pages carry a Content-Security-Policy without inline script, and the offline explorer works under it.
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';
const RUN = 'window.__xss=(window.__xss||0)+1';
const EVIL = {
  local: `<img src=x onerror="${RUN}">本地硅片厂`,
  target: `<img src=x onerror="${RUN}">异质结目标`,
  chamber: `<svg onload="${RUN}"></svg><script>${RUN}</script>测试商会`,
  park: `<img src=x onerror="${RUN}">测试园区`,
};

describe('pages show text from the graph as text (stored XSS), under a strict CSP', () => {
  let svc: Service;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH.`);
    const gw = testGateway();
    try {
      await resetDatabase(gw);
      expect((await importDataset(gw, DEMO_DIR)).ok).toBe(true);
      // Names an admin's write or an imported row could carry, on nodes every map shows.
      for (const statement of [
        `MATCH (l:Enterprise {isLocal: true})-[:OPERATES_IN]->(:ChainLink {code: 'NE-MODULE'}) WITH l ORDER BY l.uscc LIMIT 1 SET l.name = $local`,
        `MATCH (c:Chamber {id: 'CH-002'}) SET c.name = $chamber`,
        `MATCH (p:Park {id: 'PK-STD-2'}) SET p.name = $park`,
      ]) {
        const [{ n }] = await gw.writeTx((tx) => tx.runText<{ n: number }>(`${statement} RETURN count(*) AS n`, EVIL));
        expect(n).toBe(1);
      }
    } finally {
      await gw.close();
    }
    svc = await startService(testConfig(), silentLogger);
    // The target the 异质结电池 panel ranks first gets a name too; the write moves the graph version, as
    // every write does, so the service's caches read it again.
    const top = await gql<{ rankTargets: { edges: Array<{ node: { enterprise: { uscc: string } } }> } }>(
      svc.url,
      '{ rankTargets(input: {industryCode: "NE", linkCodes: ["NE-HJT"]}, first: 1) { edges { node { enterprise { uscc } } } } }',
    );
    const uscc = top.data!.rankTargets.edges[0].node.enterprise.uscc;
    const write = testGateway();
    try {
      await write.writeTx(async (tx) => {
        await tx.runText('MATCH (t:Enterprise {uscc: $uscc}) SET t.name = $name', { uscc, name: EVIL.target });
        await tx.run(BUMP_GRAPH_VERSION, {});
      });
    } finally {
      await write.close();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    // The harness evaluates its checks in the page, which the CSP forbids; bypassing it here also means
    // escaping alone must keep the names inert (the last test runs the page under the policy).
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.close();
  });

  const ready = (view: string): Promise<unknown> => page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 120000 });
  const ran = (): Promise<unknown> => page.evaluate('window.__xss ?? 0');
  const injected = (): Promise<unknown> =>
    page.evaluate(`document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length`);

  it('serves /map and /graphiql with a CSP that allows no inline script', async () => {
    for (const p of ['/map', '/graphiql']) {
      const res = await fetch(`${svc.url}${p}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toBe(PAGE_CSP);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline[^;]*;.*script|script-src[^;]*unsafe/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      // No inline script in the page itself (a JSON data block is not executed).
      const html = await res.text();
      expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g) ?? []).toEqual([]);
    }
  });

  it('shows the names in the chain panel as text: local firms and ranked targets', async () => {
    await page.goto(`${svc.url}/map#chain`);
    await ready('chain');
    await page.click('#chain-links button[data-link="NE-MODULE"]');
    await page.waitForFunction(`document.getElementById('panel-title').dataset.link === 'NE-MODULE'`, null, { timeout: 60000 });
    expect(await page.textContent('#panel-body')).toContain(EVIL.local);
    await page.click('#chain-links button[data-link="NE-HJT"]');
    await page.waitForFunction(`document.getElementById('panel-body').textContent.includes('异质结目标')`, null, { timeout: 60000 });
    expect(await page.textContent('#panel-body')).toContain(EVIL.target);
    expect(await injected()).toBe(0);
  });

  /** Shows a chart's tooltip through ECharts' own action, then returns the text of the tooltip that names `text`. */
  async function tooltip(chart: string, action: object, text: string): Promise<string> {
    await page.evaluate(`window.__map.chart(${JSON.stringify(chart)}).dispatchAction(${JSON.stringify({ type: 'showTip', ...action })})`);
    const find = `[...document.querySelectorAll('#${chart} div')].map((d) => d.textContent || '').find((t) => t.includes(${JSON.stringify(text)}))`;
    await page.waitForFunction(`${find} !== undefined`, null, { timeout: 30000 });
    return String(await page.evaluate(find));
  }

  it('shows them as text in the target map’s tooltips (firm and chamber)', async () => {
    await page.click('#tab-target');
    await ready('target');
    // Series 0 is the chambers (drawn under), 1 the targets.
    expect(await tooltip('targetmap', { seriesIndex: 1, name: EVIL.target }, '异质结目标')).toContain(EVIL.target);
    // The chamber's <script> and <svg> are shown as the characters they are.
    expect(await tooltip('targetmap', { seriesIndex: 0, name: EVIL.chamber }, '测试商会')).toContain(EVIL.chamber);
    // The firm's card in the panel, after a click on it.
    await page.evaluate(
      `(() => { const d = window.__map.targetDots.find((x) => x.name === ${JSON.stringify(EVIL.target)}); window.__map.chart('targetmap').trigger('click', { seriesName: '招商目标', data: d }); })()`,
    );
    await page.waitForFunction(`document.getElementById('panel-title').textContent.includes('异质结目标')`, null, { timeout: 60000 });
    expect(await page.textContent('#panel-title')).toContain(EVIL.target);
    expect(await injected()).toBe(0);
  });

  it('shows the park’s name as text in the park chart’s tooltip and list', async () => {
    await page.click('#tab-park');
    await ready('park');
    expect(await page.textContent('#parklist')).toContain(EVIL.park);
    // The park's disc: whichever series (the chain's parks or the others) holds it.
    const at = await page.evaluate<{ seriesIndex: number; dataIndex: number }>(
      `(() => { const series = window.__map.chart('parkchart').getOption().series;
        for (let s = 0; s < series.length; s++) { const i = series[s].data.findIndex((d) => d.id === 'PK-STD-2'); if (i >= 0) return { seriesIndex: s, dataIndex: i }; } })()`,
    );
    expect(at.seriesIndex).toBeGreaterThan(0);
    expect(await tooltip('parkchart', at, '测试园区')).toContain(EVIL.park);
    await page.click('#parklist [data-park="PK-STD-2"]');
    expect(await page.textContent('#panel-title')).toBe(EVIL.park);
    expect(await injected()).toBe(0);
  });

  it('shows names in 问一问’s answer and citations as text', async () => {
    // The target's name holds markup; the gazetteer knows it by name, so the answer and its citation carry it.
    await page.fill('#ask-input', '补异质结电池找谁？');
    await page.press('#ask-input', 'Enter');
    await page.waitForFunction(`document.getElementById('ask-body').textContent.includes('异质结目标')`, null, { timeout: 120000 });
    expect(await page.textContent('#ask-body')).toContain(EVIL.target);
    expect(await injected()).toBe(0);
    await page.click('#ask-close');
  });

  it('ran nothing: no injected script, no dialog, no script error', async () => {
    expect(await ran()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('runs the map page itself under the policy: all three maps draw with no CSP violation', async () => {
    const strict = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const violations: string[] = [];
    strict.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    strict.on('pageerror', (e) => violations.push(String(e)));
    try {
      await strict.goto(`${svc.url}/map`);
      await strict.waitForSelector('body[data-ready="cockpit"]', { timeout: 120000 });
      for (const view of ['chain', 'target', 'park']) {
        await strict.click(`#tab-${view}`);
        await strict.waitForSelector(`body[data-ready="${view}"]`, { timeout: 120000 });
      }
      expect(violations).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('runs the offline explorer under the same policy', async () => {
    const explorer = await browser.newPage();
    const blocked: string[] = [];
    explorer.on('console', (m) => {
      if (m.type() === 'error') blocked.push(m.text());
    });
    try {
      await explorer.goto(`${svc.url}/graphiql`);
      await explorer.waitForSelector('.graphiql-container', { timeout: 120000 });
      expect(blocked.filter((t) => /Content Security Policy/i.test(t))).toEqual([]);
    } finally {
      await explorer.close();
    }
  });
});
