import type { Service } from '../../src/app';
import { startDemoService } from '../support/db';
import { gql } from '../support/http';

describe('GraphQL API: bad input and operation limits (HTTP)', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

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
    ['a weight of 1e308', '{ rankTargets(input: {weights: {gapFit: 1e308}}, first: 1) { totalCount } }', 'input.weights.gapFit'],
  ])('answers BAD_USER_INPUT with the field path for %s', async (_name, query, path) => {
    const res = await gql(svc.url, query);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((res.errors?.[0].extensions?.fields as Array<{ path: string }>).map((f) => f.path)).toEqual([path]);
  });

  it('refuses an operation nested deeper than the limit, before running it', async () => {
    const before = svc.gateway.stats.queries;
    // enterprises › edges › node › (suppliers › enterprise) × 5 › name = 14 levels
    const deep =
      '{ enterprises(first: 1) { edges { node { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { suppliers { enterprise { name } } } } } } } } } } } } } }';
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
    [
      'a thousand aliases',
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: rankTargets(input: {}, first: 100) { totalCount }`).join(' ')} }`,
      /Aliases limit of 30 exceeded, found 1000|more than 3000 tokens/,
    ],
    [
      'twenty-five aliases of a costly ranking',
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: rankTargets(input: {}, first: 100) { edges { node { reasons } } }`).join(' ')} }`,
      /The query costs \d+; at most 50000 is allowed/,
    ],
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
    const res = await gql(
      svc.url,
      '{ chainGaps(industryCode: "NE") { links { link { name } producers { name } } } rankTargets(input: {}, first: 20) { edges { node { reasons } } } }',
    );
    expect(res.errors).toBeUndefined();
  });
});
