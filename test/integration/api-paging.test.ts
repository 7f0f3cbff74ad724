import type { Service } from '../../src/app';
import { startDemoService, testGateway } from '../support/db';
import { dataFrom, gql, Page } from '../support/http';

describe('GraphQL API: keyset paging, cursors, batching and node(id) over the demo graph (HTTP)', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

  const data = dataFrom(() => svc.url);

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

  it('rejects a cursor from another ordering', async () => {
    const d = await data<{ enterprises: Page<{ uscc: string }> }>(
      '{ enterprises(first: 2) { edges { node { uscc } } pageInfo { endCursor } } }',
    );
    const res = await gql(svc.url, 'query($a: String) { enterprises(first: 2, after: $a, orderBy: NAME_ASC) { totalCount } }', {
      a: d.enterprises.pageInfo.endCursor,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/another question \(a different ordering, filter, mode or weights\)/);
  });

  it('batches nested fields: a 3-level nested list costs one query per level', async () => {
    const before = svc.gateway.stats.queries;
    const d = await data<{
      industries: Array<{ links: Array<{ operators: Array<{ enterprise: { executives: Array<{ person: { name: string } }> } }> }> }>;
    }>(`{ industries { links { operators { enterprise { executives { person { name } } } } } } }`);
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

  it('returns null for a key that does not exist', async () => {
    const d = await data<Record<string, unknown>>(
      '{ industry(code: "NOPE") { name } chainLink(code: "NE-NOPE") { name } enterprise(uscc: "91350583000000001G") { name } park(id: "PK-NOPE") { name } project(id: "PJ-NOPE") { name } city(code: "999999") { name } }',
    );
    expect(d).toEqual({ industry: null, chainLink: null, enterprise: null, park: null, project: null, city: null });
  });

  it('walks every entity type through node(id): its own key, or Type:key', async () => {
    const d = await data<Record<string, any>>(
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
      Council:
        d.chambers.edges.map((x: any) => x.node.council).find(Boolean)?.id ??
        (await data<any>('{ chambers(first: 100) { edges { node { council { id } } } } }')).chambers.edges
          .map((x: any) => x.node.council)
          .find(Boolean).id,
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
    const schema = await data<{
      __schema: {
        queryType: {
          fields: Array<{
            name: string;
            args: Array<{ name: string; type: { name: string | null; ofType: { name: string } | null } }>;
            type: { name: string | null; ofType: { name: string | null } | null };
          }>;
        };
      };
    }>('{ __schema { queryType { fields { name args { name type { name ofType { name } } } type { name ofType { name } } } } } }');
    const connections = schema.__schema.queryType.fields.filter(
      (f) => (f.type.name ?? f.type.ofType?.name ?? '').endsWith('Connection') || f.name === 'rankTargets',
    );
    expect(connections.map((f) => f.name).sort()).toEqual(
      expect.arrayContaining(['associations', 'chambers', 'enterprises', 'parks', 'projects', 'rankTargets', 'scenarios']),
    );
    const required: Record<string, string> = { rankTargets: 'input: {}' };
    for (const f of connections) {
      const args = Object.fromEntries(f.args.map((a) => [a.name, a.type.name ?? a.type.ofType?.name]));
      expect([f.name, args.first, args.after]).toEqual([f.name, 'Int', 'String']);
      const extra = required[f.name] ? `${required[f.name]}, ` : '';
      const p1 = await data<Record<string, Page<unknown>>>(
        `{ c: ${f.name}(${extra}first: 1) { edges { cursor } pageInfo { hasNextPage endCursor } } }`,
      );
      if (!p1.c.pageInfo.hasNextPage) continue;
      const p2 = await data<Record<string, Page<unknown>>>(
        `query($a: String) { c: ${f.name}(${extra}first: 1, after: $a) { edges { cursor } } }`,
        { a: p1.c.pageInfo.endCursor },
      );
      expect([f.name, p2.c.edges[0]?.cursor !== p1.c.edges[0].cursor]).toEqual([f.name, true]);
    }
  });
});
