import net, { type AddressInfo } from 'node:net';
import { startService, Service } from '../../src/app';
import { resetDatabase, silentLogger, testConfig, testGateway } from '../support/db';
import { gql } from '../support/http';

describe('HTTP service on the real database', () => {
  let svc: Service;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.writeTx((tx) => tx.runText("CREATE (:Industry {code: 'NE', name: '新能源'}), (:Industry {code: 'ST', name: '石材'})"));
    await gw.close();
    svc = await startService(testConfig(), silentLogger);
  });
  afterAll(() => svc.close());

  it('GET /health answers 200 while the process is alive', async () => {
    const res = await fetch(`${svc.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('GET /ready answers 200 with Neo4j up and no pending migration', async () => {
    const res = await fetch(`${svc.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', neo4j: { status: 'up' }, migrations: { pending: [] } });
  });

  it('answers a GraphQL query with data read from Neo4j', async () => {
    const res = await gql<{ about: { neo4jEdition: string; neo4jVersion: string; counts: Array<{ label: string; count: number }> } }>(
      svc.url,
      '{ about { neo4jEdition neo4jVersion counts { label count } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.about.neo4jEdition).toBe('community');
    expect(res.data?.about.neo4jVersion).toMatch(/^5\.26\./);
    expect(res.data?.about.counts.find((c) => c.label === 'Industry')?.count).toBe(2);
  });

  it('rejects a malformed query with GRAPHQL_VALIDATION_FAILED and no stack', async () => {
    const res = await gql(svc.url, '{ about { noSuchField } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toContain('stacktrace');
  });

  it.each([
    ['malformed JSON', '{"query": "{ about { service } }"', 400, 'The request body is not valid JSON.'],
    [
      'a body over 1 MB',
      JSON.stringify({ query: `{ about { service } } # ${'x'.repeat(1100000)}` }),
      413,
      'The request body is too large (limit 1 MB).',
    ],
  ])('answers %s with a JSON error and a code, never a stack or a path', async (_name, body, status, message) => {
    const res = await fetch(`${svc.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message, extensions: { code: 'BAD_REQUEST', messageZh: expect.any(String) } }] });
    expect(text).not.toMatch(/\/work|node_modules|at [A-Za-z]+ \(|stack/);
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await fetch(`${svc.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('hides field suggestions in production (they would map the schema for an attacker)', async () => {
    const dev = await gql(svc.url, '{ about { servic } }');
    expect(dev.errors?.[0].message).toMatch(/Did you mean "service"/);
    const production = await startService({ ...testConfig(), nodeEnv: 'production', introspection: false }, silentLogger);
    try {
      const res = await gql(production.url, '{ about { servic } }');
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
      expect(res.errors?.[0].message).toMatch(/Cannot query field "servic"/);
    } finally {
      await production.close();
    }
  });
});

describe('start-up with the HTTP port taken', () => {
  it('stops before opening the database, naming PORT, instead of a raw EADDRINUSE after the migrations', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as AddressInfo).port;
    let opened = false;
    try {
      const started = startService({ ...testConfig(), port, host: '127.0.0.1' }, silentLogger, {
        afterMigrate: () => {
          opened = true;
          return Promise.resolve();
        },
      });
      await expect(started).rejects.toThrow(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*set PORT`));
      expect(opened).toBe(false);
    } finally {
      blocker.close();
    }
  });
});
