import type { Service } from '../../src/app';
import { startDemoService, testGateway } from '../support/db';
import { gql } from '../support/http';

interface Page<T> {
  totalCount?: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('GraphQL API over the demo graph (HTTP)', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

  async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gql<T>(svc.url, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  async function allTargets(): Promise<Array<{ uscc: string; revenueYi: number | null }>> {
    const seen: Array<{ uscc: string; revenueYi: number | null }> = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const d: { enterprises: Page<{ uscc: string; revenueYi: number | null }> } = await data(
        `query($after: String) { enterprises(first: 20, after: $after, filter: {isTarget: true}) {
           edges { cursor node { uscc revenueYi } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...d.enterprises.edges.map((e) => e.node));
      if (!d.enterprises.pageInfo.hasNextPage) return seen;
      after = d.enterprises.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  it('pages through all 295 targets with first: 20, each exactly once, in order', async () => {
    const seen = await allTargets();
    expect(seen).toHaveLength(295);
    expect(new Set(seen.map((s) => s.uscc)).size).toBe(295);
    // Revenue descending, ties by USCC ascending (the documented order).
    for (let i = 1; i < seen.length; i++) {
      const a = seen[i - 1];
      const b = seen[i];
      const ra = a.revenueYi ?? -Infinity;
      const rb = b.revenueYi ?? -Infinity;
      expect(ra > rb || (ra === rb && a.uscc < b.uscc)).toBe(true);
    }
    const d = await data<{ enterprises: { totalCount: number } }>('{ enterprises(filter: {isTarget: true}) { totalCount } }');
    expect(d.enterprises.totalCount).toBe(295);
  });

  it('keeps paging stable when an enterprise is inserted mid-way', async () => {
    const first = await data<{ enterprises: Page<{ uscc: string; revenueYi: number }> }>(
      '{ enterprises(first: 20, filter: {isTarget: true}) { edges { node { uscc revenueYi } } pageInfo { endCursor hasNextPage } } }',
    );
    const pivot = first.enterprises.edges[19].node.revenueYi;
    // A new target that sorts before the cursor (richer than everything on page 1)…
    const gw = testGateway();
    try {
      await gw.writeTx((tx) =>
        tx.runText(
          `CREATE (:Enterprise {uscc: '91440300MA5TEST001', name: '插入测试企业', isTarget: true, isLocal: false, revenueYi: $rich,
             listed: false, fortune500: false, chainLeader: false, specialized: false, highTech: false, expansionPlan: false,
             recentFinancing: false, source: 'DEMO'}),
                  (:Enterprise {uscc: '91440300MA5TEST002', name: '插入测试企业二', isTarget: true, isLocal: false, revenueYi: $mid,
             listed: false, fortune500: false, chainLeader: false, specialized: false, highTech: false, expansionPlan: false,
             recentFinancing: false, source: 'DEMO'})`,
          { rich: 100000, mid: pivot - 0.01 },
        ),
      );
      // …does not shift the rest: the next pages are exactly the old remainder, plus the one inserted after the cursor.
      const rest: string[] = [];
      let after: string | null = first.enterprises.pageInfo.endCursor;
      while (after) {
        const d: { enterprises: Page<{ uscc: string }> } = await data(
          'query($after: String) { enterprises(first: 20, after: $after, filter: {isTarget: true}) { edges { node { uscc } } pageInfo { endCursor hasNextPage } } }',
          { after },
        );
        rest.push(...d.enterprises.edges.map((e) => e.node.uscc));
        after = d.enterprises.pageInfo.hasNextPage ? d.enterprises.pageInfo.endCursor : null;
      }
      const pageOne = new Set(first.enterprises.edges.map((e) => e.node.uscc));
      expect(rest.filter((u) => pageOne.has(u))).toEqual([]);
      expect(rest).toContain('91440300MA5TEST002');
      expect(rest).not.toContain('91440300MA5TEST001');
      expect(rest).toHaveLength(295 - 20 + 1);
    } finally {
      await gw.writeTx((tx) => tx.runText("MATCH (e:Enterprise) WHERE e.uscc STARTS WITH '91440300MA5TEST' DETACH DELETE e"));
      await gw.close();
    }
  });

  it.each([
    ['first: 0', '{ enterprises(first: 0) { totalCount } }', 'first'],
    ['first: 10000', '{ enterprises(first: 10000) { totalCount } }', 'first'],
    ['malformed cursor', '{ enterprises(after: "not-a-cursor") { totalCount } }', 'after'],
    ['unknown enum', '{ projects(filter: {stages: [BOGUS]}) { totalCount } }', 'filter.stages'],
    ['unknown ordering', '{ enterprises(orderBy: SIZE) { totalCount } }', 'orderBy'],
    ['bad USCC', '{ enterprise(uscc: "91350583MACJW9D18X") { name } }', 'uscc'],
    ['negative revenue', '{ enterprises(filter: {revenueMin: -1}) { totalCount } }', 'filter.revenueMin'],
    ['inverted amount range', '{ projects(filter: {amountMin: 10, amountMax: 1}) { totalCount } }', 'filter.amountMax'],
    ['bad city code', '{ city(code: "3505") { name } }', 'code'],
    ['empty search', '{ search(text: "") { name } }', 'text'],
  ])('answers BAD_USER_INPUT with the field path for %s', async (_name, query, path) => {
    const res = await gql(svc.url, query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path)).toEqual([path]);
  });

  it('refuses an operation nested deeper than the limit, before running it', async () => {
    const before = svc.gateway.stats.queries;
    // enterprises › edges › node › (suppliers › enterprise) × 5 › name = 14 levels
    const deep = '{ enterprises(first: 1) { edges { node { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { name } } } } } } } } } } } } } }';
    const res = await gql(svc.url, deep);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'query' }] });
    expect(res.errors?.[0].message).toMatch(/depth limit of 12 exceeded/);
    expect(svc.gateway.stats.queries).toBe(before);
  });

  it.each([
    [
      'nested lists (each level multiplies its first)',
      '{ city(code:"350583"){ enterprises(first:100){ city { enterprises(first:100){ city { enterprises(first:100){ city { enterprises(first:100){ name } } } } } } } } }',
      /The query costs 102020202; at most 50000 is allowed/,
    ],
    ['a thousand aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: rankTargets(input: {}, first: 100) { totalCount }`).join(' ')} }`, /Aliases limit of 30 exceeded, found 1000|more than 3000 tokens/],
    ['twenty-five aliases of a costly ranking', `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: rankTargets(input: {}, first: 100) { edges { node { reasons } } }`).join(' ')} }`, /The query costs \d+; at most 50000 is allowed/],
    ['too many tokens', `{ ${'about { service } '.repeat(800)} }`, /more than 3000 tokens \(GRAPHQL_MAX_TOKENS\)/],
    ['too many directives', `{ ${'... @include(if: true) { about { service } } '.repeat(60)} }`, /Directives limit of 50 exceeded/],
  ])('refuses %s with BAD_USER_INPUT before anything runs', async (_name, query, message) => {
    const before = svc.gateway.stats.queries;
    const res = await gql(svc.url, query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'query' }] });
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.data ?? null).toBeNull();
    expect(svc.gateway.stats.queries).toBe(before);
  });

  it.each([
    ['a list nested 1,400 deep', `{ projects(filter: {stages: ${'['.repeat(1400)}SIGNED${']'.repeat(1400)}}) { totalCount } }`],
    ['a selection nested 100,000 deep', `{ ${'about { '.repeat(100000)}service${' }'.repeat(100000)} }`],
    ['a value nested 100,000 deep', `{ search(text: ${'['.repeat(100000)}"x"${']'.repeat(100000)}) { name } }`],
  ])('answers %s with a client error, never a stack overflow', async (_name, query) => {
    const res = await gql(svc.url, query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED)$/);
    expect(JSON.stringify(res.errors)).not.toMatch(/call stack|RangeError/);
  });

  it('lets every example of docs/examples.graphql through the limits (the examples test runs them all)', async () => {
    const res = await gql(svc.url, '{ chainGaps(industryCode: "NE") { links { link { name } producers { name } } } rankTargets(input: {}, first: 20) { edges { node { reasons } } } }');
    expect(res.errors).toBeUndefined();
  });

  it('matches nameContains typed in Traditional Chinese', async () => {
    const d = await data<{ enterprises: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      '{ enterprises(first: 5, filter: {nameContains: "閥門"}) { totalCount edges { node { name } } } }',
    );
    expect(d.enterprises.totalCount).toBeGreaterThan(0);
    expect(d.enterprises.edges.every((e) => e.node.name.includes('阀门'))).toBe(true);
  });

  it('rejects a cursor from another ordering', async () => {
    const d = await data<{ enterprises: Page<{ uscc: string }> }>('{ enterprises(first: 2) { edges { node { uscc } } pageInfo { endCursor } } }');
    const res = await gql(svc.url, 'query($a: String) { enterprises(first: 2, after: $a, orderBy: NAME_ASC) { totalCount } }', {
      a: d.enterprises.pageInfo.endCursor,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/another question \(a different ordering, filter, mode or weights\)/);
  });

  it('batches nested fields: a 3-level nested list costs one query per level', async () => {
    const before = svc.gateway.stats.queries;
    const d = await data<{ industries: Array<{ links: Array<{ operators: Array<{ enterprise: { executives: Array<{ person: { name: string } }> } }> }> }> }>(
      `{ industries { links { operators { enterprise { executives { person { name } } } } } } }`,
    );
    const queries = svc.gateway.stats.queries - before;
    const links = d.industries.flatMap((i) => i.links);
    const operators = links.flatMap((l) => l.operators);
    expect(links.length).toBe(125);
    expect(operators.length).toBeGreaterThan(500);
    // industries (1) + links of all industries (1) + operators of all links (1) + executives of all operators (1)
    expect(queries).toBe(4);
  });

  it('computes totalCount only when asked', async () => {
    const before = svc.gateway.stats.queries;
    await data('{ enterprises(first: 1) { edges { node { uscc } } } }');
    expect(svc.gateway.stats.queries - before).toBe(1);
    await data('{ enterprises(first: 1) { totalCount edges { node { uscc } } } }');
    expect(svc.gateway.stats.queries - before).toBe(3);
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
    const d = await data<Record<string, { entered: Array<{ stage: string; count: number; amountYi: number }>; task: Array<{ name: string; done: number; share: number }>; rates: Array<{ name: string; before: number; after: number; changePoints: number }>; byTeam: Array<{ team: { id: string } }> }>>(
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
    expect(d.window.rates.map((r) => [r.name, r.changePoints])).toEqual([['PERFORMANCE', 21], ['START', 19.8]]);
    for (const r of d.window.rates) expect(Math.abs(r.changePoints - (r.after - r.before))).toBeLessThanOrEqual(0.1 + 1e-9);
    const bad = await gql(svc.url, '{ pipelineStats(filter: {from: "2022-12-01", to: "2022-01-01"}) { from } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.to' }] });
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

  it('returns null for a key that does not exist', async () => {
    const d = await data<Record<string, unknown>>(
      '{ industry(code: "NOPE") { name } chainLink(code: "NE-NOPE") { name } enterprise(uscc: "91350583000000001G") { name } park(id: "PK-NOPE") { name } project(id: "PJ-NOPE") { name } city(code: "999999") { name } }',
    );
    expect(d).toEqual({ industry: null, chainLink: null, enterprise: null, park: null, project: null, city: null });
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

  it('finds firms by USCC in any letter case, people by name, and text of several words', async () => {
    const d = await data<Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
      `{ byCode: search(text: " 91441900ma41f5ke5a ") { kind key name }
         firm: enterprise(uscc: "91441900ma41f5ke5a") { uscc name }
         many: enterprises(first: 1, filter: {isTarget: true}) { edges { node { uscc executives { person { name } } } } }
         words: search(text: "深圳 逆变器", first: 20) { name } }`,
    );
    expect(d.byCode).toEqual([{ kind: 'ENTERPRISE', key: '91441900MA41F5KE5A', name: d.firm.name }]);
    expect(d.firm.uscc).toBe('91441900MA41F5KE5A');
    expect(d.words.length).toBeGreaterThan(0);
    expect(d.words.map((h: { name: string }) => h.name)).toContain("深圳振润逆变器股份有限公司");
    expect(d.words.every((h: { name: string }) => h.name.includes("深圳") && h.name.includes("逆变器"))).toBe(true);
    const person = d.many.edges[0].node.executives[0].person.name as string;
    const people = await data<{ search: Array<{ kind: string; name: string }> }>('query($t: String!) { search(text: $t) { kind name } }', { t: person });
    expect(people.search).toContainEqual({ kind: 'PERSON', name: person });
  });

  it('counts every label in about, and lists the signing events with their tallies', async () => {
    const gw = testGateway();
    try {
      const labels = (await gw.readTx((tx) => tx.runText<{ label: string }>('CALL db.labels() YIELD label RETURN label'))).map((r) => r.label).filter((l) => !l.startsWith('__'));
      const d = await data<{ about: { counts: Array<{ label: string; count: number }> }; signingEvents: Array<{ event: { id: string; date: string; projects: Array<{ amountYi: number }> }; projectCount: number; amountYi: number }> }>(
        '{ about { counts { label count } } signingEvents { event { id date projects { amountYi } } projectCount amountYi } }',
      );
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
    const d = await data<{ enumLabels: Array<{ name: string; values: Array<{ value: string; label: string }> }> }>('{ enumLabels { name values { value label } } }');
    const all = d.enumLabels.flatMap((e) => e.values.map((v) => ({ ...v, enum: e.name })));
    expect(all.filter((v) => !/[\u3400-\u9fff]/.test(v.label))).toEqual([]);
    const label = (e: string, v: string): string | undefined => all.find((x) => x.enum === e && x.value === v)?.label;
    expect([label('MemberRole', 'VICE_PRESIDENT'), label('ChamberKind', 'OVERSEAS'), label('Evidence', 'WEAK'), label('ProjectStage', 'PERFORMING')]).toEqual([
      '副会长',
      '海外南安商会',
      '仅名称匹配',
      '履约',
    ]);
  });

  it('walks every entity type through node(id): its own key, or Type:key', async () => {
    const d = await data<Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
      `{ industries { id code links { id code } }
         enterprises(first: 1, filter: {isTarget: true}) { edges { node { id uscc city { id } executives { person { id } } } } }
         abroad: enterprises(first: 1, filter: {countryCode: "SG"}) { edges { node { country { id } } } }
         chambers(first: 1) { edges { node { id council { id } } } }
         associations(first: 1) { edges { node { id } } }
         parks(first: 1) { edges { node { id town { id } } } }
         projects(first: 1) { edges { node { id } } }
         teams { id }
         signingEvents { event { id } } }`,
    );
    const e = d.enterprises.edges[0].node;
    expect(e.id).toBe(e.uscc);
    expect(d.industries[0].id).toBe(d.industries[0].code);
    const samples: Record<string, string> = {
      Industry: d.industries[0].id,
      ChainLink: d.industries[0].links[0].id,
      Enterprise: e.id,
      City: e.city.id,
      Person: e.executives[0].person.id,
      Country: d.abroad.edges[0].node.country.id,
      Chamber: d.chambers.edges[0].node.id,
      Council: d.chambers.edges.map((x: any) => x.node.council).find(Boolean)?.id ?? (await data<any>('{ chambers(first: 100) { edges { node { council { id } } } } }')).chambers.edges.map((x: any) => x.node.council).find(Boolean).id, // eslint-disable-line @typescript-eslint/no-explicit-any
      Association: d.associations.edges[0].node.id,
      Park: d.parks.edges[0].node.id,
      Town: d.parks.edges[0].node.town?.id ?? '350583100',
      Project: d.projects.edges[0].node.id,
      Team: d.teams[0].id,
      SigningEvent: d.signingEvents[0].event.id,
    };
    for (const [type, id] of Object.entries(samples)) {
      const r = await data<{ bare: { __typename: string; id: string } | null; typed: { __typename: string; id: string } | null }>(
        'query($id: ID!, $typed: ID!) { bare: node(id: $id) { __typename id } typed: node(id: $typed) { __typename id } }',
        { id, typed: `${type}:${id}` },
      );
      expect([type, r.typed]).toEqual([type, { __typename: type, id }]);
      // A bare key finds the same entity, unless another type shares the key (then it says so).
      if (r.bare) expect([type, r.bare]).toEqual([type, { __typename: type, id }]);
    }
    const lower = await data<{ node: { __typename: string; id: string } }>(`{ node(id: "${e.uscc.toLowerCase()}") { __typename id } }`);
    expect(lower.node).toEqual({ __typename: 'Enterprise', id: e.uscc });
    expect((await data<{ node: null }>('{ node(id: "Project:NO-SUCH") { id } }')).node).toBeNull();
    const unknown = await gql(svc.url, '{ node(id: "Planet:EARTH") { id } }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'id' }] });
  });

  it('pages every connection with first and after on the field itself', async () => {
    const schema = await data<{ __schema: { queryType: { fields: Array<{ name: string; args: Array<{ name: string; type: { name: string | null; ofType: { name: string } | null } }>; type: { name: string | null; ofType: { name: string | null } | null } }> } } }>(
      '{ __schema { queryType { fields { name args { name type { name ofType { name } } } type { name ofType { name } } } } } }',
    );
    const connections = schema.__schema.queryType.fields.filter((f) => (f.type.name ?? f.type.ofType?.name ?? '').endsWith('Connection') || f.name === 'rankTargets');
    expect(connections.map((f) => f.name).sort()).toEqual(expect.arrayContaining(['associations', 'chambers', 'enterprises', 'parks', 'projects', 'rankTargets', 'scenarios']));
    const required: Record<string, string> = { rankTargets: 'input: {}' };
    for (const f of connections) {
      const args = Object.fromEntries(f.args.map((a) => [a.name, a.type.name ?? a.type.ofType?.name]));
      expect([f.name, args.first, args.after]).toEqual([f.name, 'Int', 'String']);
      const extra = required[f.name] ? `${required[f.name]}, ` : '';
      const p1 = await data<Record<string, Page<unknown>>>(`{ c: ${f.name}(${extra}first: 1) { edges { cursor } pageInfo { hasNextPage endCursor } } }`);
      if (!p1.c.pageInfo.hasNextPage) continue;
      const p2 = await data<Record<string, Page<unknown>>>(`query($a: String) { c: ${f.name}(${extra}first: 1, after: $a) { edges { cursor } } }`, { a: p1.c.pageInfo.endCursor });
      expect([f.name, p2.c.edges[0]?.cursor !== p1.c.edges[0].cursor]).toEqual([f.name, true]);
    }
  });

  it.each([
    ['REVENUE_DESC', 'revenueYi', -1],
    ['REVENUE_ASC', 'revenueYi', 1],
    ['EMPLOYEES_DESC', 'employees', -1],
    ['REGISTERED_CAPITAL_DESC', 'registeredCapitalYi', -1],
    ['NAME_ASC', 'name', 1],
  ] as const)('reads every page in %s order from its index exactly as one sort of all firms would, firms without the value last', async (order, prop, dir) => {
    // Two firms without revenue, employees or capital, so the pages run past the indexed firms.
    const gw = testGateway();
    const bare = (uscc: string, name: string): string =>
      `CREATE (:Enterprise {uscc: '${uscc}', name: '${name}', isTarget: true, isLocal: false, listed: false, fortune500: false, chainLeader: false,
         specialized: false, highTech: false, expansionPlan: false, recentFinancing: false, source: 'DEMO'})`;
    try {
      await gw.writeTx((tx) => tx.runText(`${bare('91440300MA5NOVAL01', '无营收测试企业甲')} ${bare('91440300MA5NOVAL02', '无营收测试企业乙')}`));
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
  });

});
