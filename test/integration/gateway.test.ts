import neo4j from 'neo4j-driver';
import { createDriver, Neo4jGateway } from '../../src/db/gateway';
import { ErrorCode } from '../../src/errors';
import { ABOUT } from '../../src/modules/system/system.queries';
import { resetDatabase, testGateway, testUri } from '../support/db';

describe('Neo4jGateway against the real database', () => {
  let gw: Neo4jGateway;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
  });
  afterAll(() => gw.close());

  it('tags every transaction of a request with its request id (SHOW TRANSACTIONS and the query log show it)', async () => {
    const request = gw.forRequest({ timeoutMs: 60000, concurrency: 2 }, 'rq-metadata-test-1');
    const [row] = await request.readTx((tx) =>
      tx.runText<{ meta: Record<string, unknown> }>('CALL tx.getMetaData() YIELD metadata RETURN metadata AS meta'),
    );
    expect(row.meta).toMatchObject({ app: 'nanan-chain-graph', requestId: 'rq-metadata-test-1' });
  });

  it('runs a named read query and converts results once', async () => {
    const [row] = await gw.read(ABOUT, {});
    expect(row.edition).toBe('community');
    expect(String(row.version)).toMatch(/^5\.26\./);
    expect(typeof row.counts.Enterprise).toBe('number');
  });

  it('writes in a transaction that commits, and rolls back entirely when the work throws', async () => {
    await gw.writeTx(async (tx) => {
      await tx.runText('CREATE (:Industry {code: $code, name: $name})', { code: 'T1', name: '测试' });
    });
    await expect(
      gw.writeTx(async (tx) => {
        await tx.runText('CREATE (:Industry {code: $code})', { code: 'T2' });
        throw new Error('boom after the first write');
      }),
    ).rejects.toThrow('boom');
    const rows = await gw.readTx((tx) => tx.runText('MATCH (i:Industry) RETURN i.code AS code ORDER BY code'));
    expect(rows).toEqual([{ code: 'T1' }]);
  });

  it('maps a unique-key violation to CONFLICT', async () => {
    await expect(gw.writeTx((tx) => tx.runText('CREATE (:Industry {code: $code})', { code: 'T1' }))).rejects.toMatchObject({
      extensions: { code: ErrorCode.CONFLICT },
    });
  });

  it('maps a transaction timeout to QUERY_TIMEOUT', async () => {
    const slow = new Neo4jGateway(gw.driver, { database: gw.database, txTimeoutMs: 200 });
    await expect(
      slow.readTx((tx) => tx.runText('UNWIND range(1, 400000000) AS x WITH x WHERE x = -1 RETURN count(x) AS c')),
    ).rejects.toMatchObject({ extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  });

  it('stops a request at its deadline with QUERY_TIMEOUT, and starts nothing after it', async () => {
    const request = gw.forRequest({ timeoutMs: 300, concurrency: 2 });
    await expect(
      request.readTx((tx) => tx.runText('UNWIND range(1, 400000000) AS x WITH x WHERE x = -1 RETURN count(x) AS c')),
    ).rejects.toMatchObject({ extensions: { code: ErrorCode.QUERY_TIMEOUT }, message: expect.stringContaining('REQUEST_TIMEOUT_MS') });
    const before = gw.stats.queries;
    await expect(request.read(ABOUT, {})).rejects.toMatchObject({ extensions: { code: ErrorCode.QUERY_TIMEOUT } });
    expect(gw.stats.queries).toBe(before); // refused before it reached the database
  });

  it('runs at most `concurrency` units of work of one request at once', async () => {
    const request = gw.forRequest({ timeoutMs: 60000, concurrency: 2 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        request.readTx(async (tx) => {
          running++;
          peak = Math.max(peak, running);
          await tx.runText('CALL { RETURN 1 AS one } RETURN one');
          await new Promise((r) => setTimeout(r, 50));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it('maps an exhausted connection pool to DATABASE_UNAVAILABLE, not an internal error', async () => {
    const tiny = new Neo4jGateway(
      neo4j.driver(
        testUri(),
        process.env.NEO4J_TEST_USER ? neo4j.auth.basic(process.env.NEO4J_TEST_USER, process.env.NEO4J_TEST_PASSWORD ?? '') : undefined,
        {
          maxConnectionPoolSize: 1,
          connectionAcquisitionTimeout: 200,
          logging: { level: 'error', logger: () => undefined },
        },
      ),
      { database: gw.database, txTimeoutMs: 10000 },
    );
    try {
      // Holds the only connection for seconds (until its transaction times out).
      const hold = tiny.readTx((tx) => tx.runText('UNWIND range(1, 400000000) AS x WITH x WHERE x = -1 RETURN count(x) AS c'), {
        timeoutMs: 3000,
      });
      await new Promise((r) => setTimeout(r, 100));
      await expect(tiny.read(ABOUT, {})).rejects.toMatchObject({
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
        message: expect.stringContaining('busy'),
      });
      await hold.catch(() => undefined);
    } finally {
      await tiny.close();
    }
  });

  it('keeps integers beyond 2^53 exact', async () => {
    const [row] = await gw.readTx((tx) =>
      tx.runText('RETURN $big AS big, date("2022-12-15") AS d', { big: neo4j.int('9007199254740993') }),
    );
    expect(row).toEqual({ big: '9007199254740993', d: '2022-12-15' });
  });

  it('maps an unreachable database to DATABASE_UNAVAILABLE', async () => {
    const dead = new Neo4jGateway(createDriver('bolt://127.0.0.1:1', {}, 1), { database: 'neo4j', txTimeoutMs: 1000 });
    try {
      await expect(dead.ping()).rejects.toMatchObject({ extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } });
    } finally {
      await dead.close();
    }
  });
});
