import neo4j from 'neo4j-driver';
import { createDriver, Neo4jGateway } from '../../src/db/gateway';
import { ErrorCode } from '../../src/errors';
import { ABOUT } from '../../src/modules/system/system.queries';
import { resetDatabase, testGateway } from '../support/db';

describe('Neo4jGateway against the real database', () => {
  let gw: Neo4jGateway;
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
  });
  afterAll(() => gw.close());

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

  it('maps a transaction timeout to TIMEOUT', async () => {
    const slow = new Neo4jGateway(gw.driver, { database: gw.database, txTimeoutMs: 200 });
    await expect(
      slow.readTx((tx) => tx.runText('UNWIND range(1, 400000000) AS x WITH x WHERE x = -1 RETURN count(x) AS c')),
    ).rejects.toMatchObject({ extensions: { code: ErrorCode.TIMEOUT } });
  });

  it('keeps integers beyond 2^53 exact', async () => {
    const [row] = await gw.readTx((tx) => tx.runText('RETURN $big AS big, date("2022-12-15") AS d', { big: neo4j.int('9007199254740993') }));
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
