import type { Service } from '../../src/app';
import { SEARCH_NAMES } from '../../src/modules/search/search.queries';
import { startDemoService, testGateway } from '../support/db';
import { dataFrom, gql, Page } from '../support/http';

type Data = Record<string, any>;

describe('GraphQL API: filters, search, the article’s figures and labels over the demo graph (HTTP)', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

  const data = dataFrom(() => svc.url);

  it('matches nameContains typed in Traditional Chinese', async () => {
    const d = await data<{ enterprises: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      '{ enterprises(first: 5, filter: {nameContains: "閥門"}) { totalCount edges { node { name } } } }',
    );
    expect(d.enterprises.totalCount).toBeGreaterThan(0);
    expect(d.enterprises.edges.every((e) => e.node.name.includes('阀门'))).toBe(true);
  });

  it('filters enterprises, parks and projects the way analysts ask', async () => {
    const d = await data<{
      e: { totalCount: number; edges: Array<{ node: { chainLeader: boolean; links: Array<{ link: { code: string } }> } }> };
      p: { edges: Array<{ node: { availableLandMu: number; industries: Array<{ code: string }> } }> };
      j: { totalCount: number; edges: Array<{ node: { stage: string; amountYi: number; signedOn: string } }> };
    }>(
      `{ e: enterprises(first: 100, filter: {isLocal: true, chainLeader: true, industryCode: "PLUMB"}) { totalCount edges { node { chainLeader links { link { code } } } } }
         p: parks(first: 50, filter: {industryCode: "EQUIP", availableLandMin: 100}) { edges { node { availableLandMu industries { code } } } }
         j: projects(first: 100, filter: {stages: [STARTED, PRODUCING], amountMin: 5, signedFrom: "2022-08-10", signedTo: "2022-11-17"}) {
              totalCount edges { node { stage amountYi signedOn } } } }`,
    );
    expect(d.e.totalCount).toBeGreaterThan(0);
    for (const { node } of d.e.edges) {
      expect(node.chainLeader).toBe(true);
      expect(node.links.some((l) => l.link.code.startsWith('PL-'))).toBe(true);
    }
    expect(d.p.edges.length).toBeGreaterThan(0);
    for (const { node } of d.p.edges) {
      expect(node.availableLandMu).toBeGreaterThanOrEqual(100);
      expect(node.industries.map((i) => i.code)).toContain('EQUIP');
    }
    expect(d.j.totalCount).toBe(d.j.edges.length);
    for (const { node } of d.j.edges) {
      expect(['STARTED', 'PRODUCING']).toContain(node.stage);
      expect(node.amountYi).toBeGreaterThanOrEqual(5);
      expect(node.signedOn >= '2022-08-10' && node.signedOn <= '2022-11-17').toBe(true);
    }
  });

  it('counts the 100-day campaign by the day projects entered a stage: 52 newly performing, 49 started (the article)', async () => {
    const d = await data<Record<string, { totalCount: number }>>(
      `{ performing: projects(first: 1, filter: {performingFrom: "2022-08-10", performingTo: "2022-11-17"}) { totalCount }
         started: projects(first: 1, filter: {startedFrom: "2022-08-10", startedTo: "2022-11-17"}) { totalCount } }`,
    );
    expect([d.performing.totalCount, d.started.totalCount]).toEqual([52, 49]);
    const bad = await gql(svc.url, '{ projects(filter: {startedFrom: "2022-11-17", startedTo: "2022-08-10"}) { totalCount } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.startedTo' }] });
  });

  it('reproduces the article’s figures with pipelineStats, one query each', async () => {
    const d = await data<
      Record<
        string,
        {
          entered: Array<{ stage: string; count: number; amountYi: number }>;
          task: Array<{ name: string; done: number; share: number }>;
          rates: Array<{ name: string; before: number; after: number; changePoints: number }>;
          byTeam: Array<{ team: { id: string } }>;
        }
      >
    >(
      `{ year: pipelineStats(filter: {from: "2022-01-01", to: "2022-12-31"}) { entered { stage count amountYi } task { name done share } byTeam { team { id } } }
         campaign: pipelineStats(filter: {from: "2022-08-10", to: "2022-11-17", campaign100Days: true}) { entered { stage count amountYi } }
         window: pipelineStats(filter: {from: "2022-08-10", to: "2022-11-17"}) { entered { stage count } rates { name before after changePoints } } }`,
    );
    const entered = (k: string, stage: string): { count: number; amountYi: number } => d[k].entered.find((e) => e.stage === stage)!;
    expect(entered('year', 'SIGNED')).toMatchObject({ count: 386, amountYi: 1708.2 });
    expect(entered('year', 'PLANNED')).toMatchObject({ count: 46, amountYi: 551.7 });
    expect(entered('campaign', 'SIGNED')).toMatchObject({ count: 89, amountYi: 395.8 });
    expect([entered('window', 'PERFORMING').count, entered('window', 'STARTED').count]).toEqual([52, 49]);
    // The year's task (200 projects, 1300亿, 100 of 1亿+, 20 of 20亿+) was overshot, as the article says.
    expect(d.year.task.every((t) => t.share > 1)).toBe(true);
    expect(d.year.byTeam.length).toBeGreaterThan(5);
    // The article's rate changes: 履约率 +21.0, 开工率 +19.8 points (each within 0.1 of the rounded figures' difference).
    expect(d.window.rates.map((r) => [r.name, r.changePoints])).toEqual([
      ['PERFORMANCE', 21],
      ['START', 19.8],
    ]);
    for (const r of d.window.rates) expect(Math.abs(r.changePoints - (r.after - r.before))).toBeLessThanOrEqual(0.1 + 1e-9);
    const bad = await gql(svc.url, '{ pipelineStats(filter: {from: "2022-12-01", to: "2022-01-01"}) { from } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.to' }] });
  });

  it('gives a Chinese label beside every enum it returns (xxxLabel), read through the field itself', async () => {
    const d = await data<Data>(
      `{ industry(code: "NE") { source sourceLabel links { stage stageLabel } }
         chainGaps(industryCode: "NE") { links { status statusLabel } }
         enterprises(first: 3) { edges { node { ownership ownershipLabel source sourceLabel } } } }`,
    );
    expect(d.industry.links.find((l: Data) => l.stage === 'UPSTREAM').stageLabel).toBe('上游');
    expect(d.industry.sourceLabel).toMatch(/[\u4e00-\u9fff]/);
    const zh: Record<string, string> = {
      MISSING: '缺链',
      BROKEN: '断链',
      WEAK: '弱链',
      ADEQUATE: '稳链',
      STRONG: '强链',
      ABSENT: '空白',
      FILLING: '补链中',
    };
    for (const l of d.chainGaps.links) expect(l.statusLabel).toBe(zh[l.status]);
    for (const { node } of d.enterprises.edges)
      expect(node.ownership === null ? node.ownershipLabel === null : /[\u4e00-\u9fff]/.test(node.ownershipLabel)).toBe(true);
  });

  it('search finds names typed in Simplified, Traditional, full pinyin and initials', async () => {
    const d = await data<Record<string, Array<{ kind: string; name: string }>>>(
      `{ s: search(text: "阳光中科") { kind name }
         t: search(text: "陽光中科") { kind name }
         p: search(text: "yangguangzhongke") { kind name }
         i: search(text: "ygzk") { kind name }
         n: search(text: "nanan", first: 50) { kind name }
         c: search(text: "nash", first: 5) { kind name } }`,
    );
    for (const k of ['s', 't', 'p', 'i']) {
      expect(d[k][0]?.name).toMatch(/阳光中科/);
      expect(d[k].some((h) => h.kind === 'ENTERPRISE')).toBe(true);
      expect(d[k].some((h) => h.kind === 'PROJECT')).toBe(true);
    }
    expect(d.n.length).toBe(50);
    expect(d.n.every((h) => h.name.includes('南安'))).toBe(true);
    expect(d.c.every((h) => h.kind === 'CHAMBER' && h.name.includes('南安商会'))).toBe(true);
  });

  it('search answers one character, text typed mid-composition (宝k), names each kind in Chinese, and pages', async () => {
    const d = await data<Data>(
      `{ one: search(text: "宝", first: 50) { kind kindLabel name cursor }
         mixed: search(text: "宝k", first: 20) { name }
         page1: search(text: "南安", first: 5) { key cursor }
         all: search(text: "南安", first: 10) { key } }`,
    );
    expect(d.one.length).toBeGreaterThan(0);
    expect(d.one.every((h: Data) => h.name.includes('宝'))).toBe(true);
    const zh: Record<string, string> = { ENTERPRISE: '企业', PROJECT: '项目', PARK: '园区', CHAMBER: '商会', PERSON: '人物' };
    for (const h of d.one) if (zh[h.kind]) expect(h.kindLabel).toBe(zh[h.kind]);
    // 宝 then a syllable starting with k: 宝凯 (baokai), never 宝 alone.
    expect(d.mixed.length).toBeGreaterThan(0);
    expect(d.mixed.map((h: Data) => h.name)).toContain('东莞宝凯异质结电池科技有限公司');
    for (const h of d.mixed) expect(h.name).toMatch(/宝./);
    // The next page starts after the last hit's cursor; together they are the first ten.
    const page2 = await data<Data>('query($a: String) { search(text: "南安", first: 5, after: $a) { key } }', { a: d.page1[4].cursor });
    expect([...d.page1.map((h: Data) => h.key), ...page2.search.map((h: Data) => h.key)]).toEqual(d.all.map((h: Data) => h.key));
    // A cursor from another text is refused, naming the argument.
    const bad = await gql(svc.url, 'query($a: String) { search(text: "阀门", after: $a) { key } }', { a: d.page1[4].cursor });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
  });

  it('refetches a ranked row through node(id): its id names the type, so it never reads as another Type:key', async () => {
    const d = await data<Data>(
      '{ rankTargets(input: {industryCode: "NE", mode: FILL}, first: 3) { edges { node { id rank score enterprise { uscc } } } } }',
    );
    const rows = d.rankTargets.edges.map((e: Data) => e.node);
    for (const r of rows) expect(r.id).toBe(`RankedTarget:FILL:NE:${r.enterprise.uscc}`);
    const again = await data<Data>(
      `query($id: ID!) { node(id: $id) { __typename id ... on RankedTarget { rank score enterprise { uscc } reasons } } }`,
      { id: rows[2].id },
    );
    expect(again.node).toMatchObject({ __typename: 'RankedTarget', id: rows[2].id, rank: rows[2].rank, score: rows[2].score });
    expect(again.node.reasons.length).toBeGreaterThan(0);
    const bad = await gql(svc.url, '{ node(id: "RankedTarget:FILL:NE") { id } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
  });

  it('serves the offline explorer with its own assets (no CDN)', async () => {
    const html = await (await fetch(`${svc.url}/graphiql`)).text();
    expect(html).toContain('/graphiql/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('TargetsInGuangdong');
    for (const a of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js']) {
      const res = await fetch(`${svc.url}/graphiql/assets/${a}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(5000);
    }
  });

  it('search orders a bounded set of index hits: shortest name first among equal scores, never more than the candidates', async () => {
    const gw = testGateway();
    try {
      const all = await gw.read(SEARCH_NAMES, { query: 'nanan*', skip: 0, limit: 500, candidates: 2000 });
      // The demo has fewer matches than the candidates: every match is ordered (score, name length, key).
      expect(all.length).toBeGreaterThan(20);
      for (let i = 1; i < all.length; i++) {
        const [a, b] = [all[i - 1], all[i]];
        const ordered = a.score > b.score || (a.score === b.score && String(a.node.name).length <= String(b.node.name).length);
        expect({ at: i, ordered }).toEqual({ at: i, ordered: true });
      }
      // A question matching more than the candidates reads only that many from the index, and pages
      // through slices of the same set.
      const few = await gw.read(SEARCH_NAMES, { query: 'nanan*', skip: 0, limit: 50, candidates: 7 });
      expect(few).toHaveLength(7);
      const [p1, p2] = await Promise.all([
        gw.read(SEARCH_NAMES, { query: 'nanan*', skip: 0, limit: 4, candidates: 7 }),
        gw.read(SEARCH_NAMES, { query: 'nanan*', skip: 4, limit: 4, candidates: 7 }),
      ]);
      expect([...p1, ...p2].map((r) => r.key)).toEqual(few.map((r) => r.key));
    } finally {
      await gw.close();
    }
  });

  it('finds firms by USCC in any letter case, people by name, and text of several words', async () => {
    const d = await data<Record<string, any>>(
      `{ byCode: search(text: " 91441900ma41f5ke5a ") { kind key name }
         firm: enterprise(uscc: "91441900ma41f5ke5a") { uscc name }
         many: enterprises(first: 1, filter: {isTarget: true}) { edges { node { uscc executives { person { name } } } } }
         words: search(text: "深圳 逆变器", first: 20) { name } }`,
    );
    expect(d.byCode).toEqual([{ kind: 'ENTERPRISE', key: '91441900MA41F5KE5A', name: d.firm.name }]);
    expect(d.firm.uscc).toBe('91441900MA41F5KE5A');
    expect(d.words.length).toBeGreaterThan(0);
    expect(d.words.map((h: { name: string }) => h.name)).toContain('深圳振润逆变器股份有限公司');
    expect(d.words.every((h: { name: string }) => h.name.includes('深圳') && h.name.includes('逆变器'))).toBe(true);
    const person = d.many.edges[0].node.executives[0].person.name as string;
    const people = await data<{ search: Array<{ kind: string; name: string }> }>('query($t: String!) { search(text: $t) { kind name } }', {
      t: person,
    });
    expect(people.search).toContainEqual({ kind: 'PERSON', name: person });
  });

  it('counts every label in about, and lists the signing events with their tallies', async () => {
    const gw = testGateway();
    try {
      const labels = (await gw.readTx((tx) => tx.runText<{ label: string }>('CALL db.labels() YIELD label RETURN label')))
        .map((r) => r.label)
        .filter((l) => !l.startsWith('__'));
      const d = await data<{
        about: { counts: Array<{ label: string; count: number }> };
        signingEvents: Array<{
          event: { id: string; date: string; projects: Array<{ amountYi: number }> };
          projectCount: number;
          amountYi: number;
        }>;
      }>('{ about { counts { label count } } signingEvents { event { id date projects { amountYi } } projectCount amountYi } }');
      expect(d.about.counts.map((c) => c.label)).toEqual(expect.arrayContaining(labels));
      // The article: 93 projects signed at the events, over 700亿.
      expect(d.signingEvents.reduce((s, e) => s + e.projectCount, 0)).toBe(93);
      expect(d.signingEvents.reduce((s, e) => s + e.amountYi, 0)).toBeGreaterThan(700);
      for (const e of d.signingEvents) expect(e.event.projects).toHaveLength(e.projectCount);
      const dates = d.signingEvents.map((e) => e.event.date);
      expect([...dates].sort().reverse()).toEqual(dates);
    } finally {
      await gw.close();
    }
  });

  it('gives every enum value a Chinese label', async () => {
    const d = await data<{ enumLabels: Array<{ name: string; values: Array<{ value: string; label: string }> }> }>(
      '{ enumLabels { name values { value label } } }',
    );
    const all = d.enumLabels.flatMap((e) => e.values.map((v) => ({ ...v, enum: e.name })));
    expect(all.filter((v) => !/[\u3400-\u9fff]/.test(v.label))).toEqual([]);
    const label = (e: string, v: string): string | undefined => all.find((x) => x.enum === e && x.value === v)?.label;
    expect([
      label('MemberRole', 'VICE_PRESIDENT'),
      label('ChamberKind', 'OVERSEAS'),
      label('Evidence', 'WEAK'),
      label('ProjectStage', 'PERFORMING'),
    ]).toEqual(['副会长', '海外南安商会', '仅名称匹配', '履约']);
  });

  it.each([
    ['REVENUE_DESC', 'revenueYi', -1],
    ['REVENUE_ASC', 'revenueYi', 1],
    ['EMPLOYEES_DESC', 'employees', -1],
    ['REGISTERED_CAPITAL_DESC', 'registeredCapitalYi', -1],
    ['NAME_ASC', 'name', 1],
  ] as const)(
    'reads every page in %s order from its index exactly as one sort of all firms would, firms without the value last',
    async (order, prop, dir) => {
      // Two firms without revenue, employees or capital, so the pages run past the indexed firms.
      const gw = testGateway();
      const bare = (uscc: string, name: string): string =>
        `CREATE (:Enterprise {uscc: '${uscc}', name: '${name}', isTarget: true, isLocal: false, listed: false, fortune500: false, chainLeader: false,
         specialized: false, highTech: false, expansionPlan: false, recentFinancing: false, source: 'DEMO'})`;
      try {
        await gw.writeTx((tx) =>
          tx.runText(`${bare('91440300MA5NOVAL01', '无营收测试企业甲')} ${bare('91440300MA5NOVAL02', '无营收测试企业乙')}`),
        );
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 100; page++) {
          const d: { enterprises: Page<{ uscc: string }> } = await data(
            `query($after: String) { enterprises(first: 37, after: $after, orderBy: ${order}, filter: {isTarget: true}) { edges { node { uscc } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          );
          seen.push(...d.enterprises.edges.map((e) => e.node.uscc));
          if (!d.enterprises.pageInfo.hasNextPage) break;
          after = d.enterprises.pageInfo.endCursor;
        }
        const numeric = prop !== 'name';
        const reference = await gw.readTx((tx) =>
          tx.runText<{ uscc: string }>(
            `MATCH (n:Enterprise {isTarget: true})
           RETURN n.uscc AS uscc
           ORDER BY CASE WHEN NOT $numeric THEN 0.0 WHEN n[$prop] IS NULL THEN 1.0e18 ELSE $dir * toFloat(n[$prop]) END,
                    CASE WHEN $numeric THEN '' ELSE n[$prop] END, n.uscc`,
            { prop, dir, numeric },
          ),
        );
        expect(seen).toEqual(reference.map((r) => r.uscc));
        if (numeric) expect(seen.slice(-2)).toEqual(['91440300MA5NOVAL01', '91440300MA5NOVAL02']);
      } finally {
        await gw.writeTx((tx) => tx.runText("MATCH (n:Enterprise) WHERE n.uscc STARTS WITH '91440300MA5NOVAL' DETACH DELETE n"));
        await gw.close();
      }
    },
  );
});
