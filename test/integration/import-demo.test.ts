import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Neo4jGateway } from '../../src/db/gateway';
import { importDataset } from '../../src/modules/import/import.service';
import { generate, writeDataset } from '../../seeds/generate';
import { resetDatabase, testGateway } from '../support/db';
import { fingerprint } from '../support/fingerprint';

const DEMO = path.join(__dirname, '..', '..', 'seeds', 'demo');
const CAMPAIGN = { start: '2022-08-10', end: '2022-11-17' };

/** Reads one row of numbers back from the database. */
async function one(gw: Neo4jGateway, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, number>> {
  const [row] = await gw.readTx((tx) => tx.runText(cypher, params));
  return row as Record<string, number>;
}
const round1 = (x: number): number => Math.round(x * 10) / 10;

describe('the demo dataset, loaded through the importer into Neo4j', () => {
  let gw: Neo4jGateway;
  let warnings: string[];
  beforeAll(async () => {
    gw = testGateway();
    await resetDatabase(gw);
    const result = await importDataset(gw, DEMO);
    expect(result.report).toEqual([]);
    expect(result.written).toBe(true);
    warnings = result.warnings;
  });
  afterAll(() => gw.close());

  it('warns of exactly the three firms the demo records twice, naming both rows and what they share', () => {
    const dups = warnings.filter((w) => w.includes('疑似重复企业'));
    expect(dups).toHaveLength(3);
    for (const w of dups)
      expect(w).toMatch(
        /^enterprises\.csv:\d+ — enterprise \w{18} is probably the same firm as \w{18} \(row \d+\): 名称相同、有共同高管、同城/,
      );
  });

  it('has 295 target records, 港澳台 and overseas ones among them, and the central SOEs the article names', async () => {
    const r = await one(
      gw,
      `MATCH (t:Enterprise {isTarget: true})
      RETURN count(t) AS n, sum(CASE WHEN t.ownership = 'HK_MACAO_TAIWAN' THEN 1 ELSE 0 END) AS hmt,
             sum(CASE WHEN EXISTS { (t)-[:LOCATED_IN]->(:Country) } THEN 1 ELSE 0 END) AS abroad`,
    );
    expect(r).toEqual({ n: 295, hmt: 8, abroad: 6 });
    const soe = await one(gw, "MATCH (e:Enterprise {ownership: 'CENTRAL_SOE'}) RETURN count(e) AS n");
    expect(soe.n).toBe(2); // 中国五矿集团, 招商局资本
  });

  it('has 386 signed projects totalling 1708.2亿', async () => {
    const r = await one(gw, 'MATCH (p:Project) WHERE p.signedOn IS NOT NULL RETURN count(p) AS n, sum(p.amountYi) AS total');
    expect(r.n).toBe(386);
    expect(round1(r.total)).toBe(1708.2);
  });

  it('has more than 300 on formal contracts totalling more than 1300亿, and more than 20 of 20亿 or more', async () => {
    const r = await one(gw, 'MATCH (p:Project) WHERE p.contractedOn IS NOT NULL RETURN count(p) AS n, sum(p.amountYi) AS total');
    expect(r.n).toBeGreaterThan(300);
    expect(r.total).toBeGreaterThan(1300);
    const big = await one(gw, 'MATCH (p:Project) WHERE p.signedOn IS NOT NULL AND p.amountYi >= 20 RETURN count(p) AS n');
    expect(big.n).toBeGreaterThan(20);
  });

  it('has 46 planned projects totalling 551.7亿', async () => {
    const r = await one(gw, "MATCH (p:Project {stage: 'PLANNED'}) RETURN count(p) AS n, sum(p.amountYi) AS total");
    expect(r.n).toBe(46);
    expect(round1(r.total)).toBe(551.7);
  });

  it('has 89 projects signed in the 100-day campaign totalling 395.8亿, 52 newly performing and 49 started', async () => {
    const r = await one(
      gw,
      `MATCH (p:Project) WHERE p.signedOn >= date($start) AND p.signedOn <= date($end)
       RETURN count(p) AS n, sum(p.amountYi) AS total, sum(CASE WHEN p.campaign100Days THEN 1 ELSE 0 END) AS flagged`,
      CAMPAIGN,
    );
    expect(r.n).toBe(89);
    expect(r.flagged).toBe(89);
    expect(round1(r.total)).toBe(395.8);
    const perf = await one(gw, 'MATCH (p:Project) WHERE date($start) <= p.performingOn <= date($end) RETURN count(p) AS n', CAMPAIGN);
    const started = await one(gw, 'MATCH (p:Project) WHERE date($start) <= p.startedOn <= date($end) RETURN count(p) AS n', CAMPAIGN);
    expect(perf.n).toBe(52);
    expect(started.n).toBe(49);
  });

  it('has 295 target enterprises, 74 chambers in cities and countries, 20 associations, one council', async () => {
    expect((await one(gw, 'MATCH (e:Enterprise {isTarget: true}) RETURN count(e) AS n')).n).toBe(295);
    expect((await one(gw, 'MATCH (c:Chamber)-[:BASED_IN]->(:City|Country) RETURN count(DISTINCT c) AS n')).n).toBe(74);
    expect((await one(gw, 'MATCH (a:Association)-[:AFFILIATED_WITH]->(:Council) RETURN count(a) AS n')).n).toBe(20);
    expect((await one(gw, 'MATCH (c:Chamber)-[:AFFILIATED_WITH]->(:Council) RETURN count(c) AS n')).n).toBe(74);
  });

  it('has 9 standardized parks holding 386 enterprises at 51.8%', async () => {
    const r = await one(
      gw,
      `MATCH (p:Park {standardized: true})
       OPTIONAL MATCH (e:Enterprise)-[:IN_PARK]->(p)
       WITH p, count(e) AS firms
       RETURN count(p) AS parks, sum(firms) AS firms, sum(p.plannedSlots) AS slots`,
    );
    expect(r.parks).toBe(9);
    expect(r.firms).toBe(386);
    expect(Math.round((r.firms / r.slots) * 1000) / 10).toBe(51.8);
  });

  it('has the 1+2+5+8 organisation and 8 chains of 10–25 links each', async () => {
    const t = await one(
      gw,
      `MATCH (t:Team) RETURN sum(CASE t.kind WHEN 'LEADING_GROUP' THEN 1 ELSE 0 END) AS lead,
         sum(CASE t.kind WHEN 'TASK_FORCE' THEN 1 ELSE 0 END) AS tf, sum(CASE t.kind WHEN 'INVESTMENT_GROUP' THEN 1 ELSE 0 END) AS ig,
         sum(CASE t.kind WHEN 'INDUSTRY_GROUP' THEN 1 ELSE 0 END) AS dg`,
    );
    expect(t).toEqual({ lead: 1, tf: 2, ig: 5, dg: 8 });
    const rows = await gw.readTx((tx) => tx.runText('MATCH (i:Industry)<-[:IN_CHAIN]-(l:ChainLink) RETURN i.code AS code, count(l) AS n'));
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r.n).toBeGreaterThanOrEqual(10);
      expect(r.n).toBeLessThanOrEqual(25);
    }
  });

  it('has the projects and firms the article names', async () => {
    const names = (await gw.readTx((tx) => tx.runText("MATCH (p:Project {source: 'ARTICLE_DEMO'}) RETURN p.name AS name"))).map(
      (r) => r.name,
    );
    for (const n of [
      '申利卡年产100万套汽车配件生产项目',
      '阳光中科高效PERC大尺寸光伏电池智能生产项目',
      '百亿级20GW异质结电池项目',
      '预制菜产业园项目',
      '新松应急安全科创谷项目',
      '高端模具产业园项目',
      '海尔卡奥斯工业互联网项目',
    ]) {
      expect(names).toContain(n);
    }
    const hjt = await one(
      gw,
      "MATCH (p:Project {name: '百亿级20GW异质结电池项目'}) RETURN p.amountYi AS amount, p.stage = 'NEGOTIATING' AS negotiating",
    );
    expect(hjt.amount).toBeGreaterThanOrEqual(100);
    expect(hjt.negotiating).toBe(true);
    // 五矿集团's valve park, and the 16 valve firms (from Tianjin) with intention agreements to enter it.
    const valve = await one(
      gw,
      `MATCH (c:City)<-[:LOCATED_IN]-(e:Enterprise)-[:INVESTS_IN]->(p:Project)-[:LOCATED_IN]->(:Park {id: 'PK-MINMETALS'})
       WHERE p.name ENDS WITH '入驻五矿智慧工坊意向项目'
       RETURN count(DISTINCT e) AS firms, sum(CASE WHEN c.code = '120000' AND e.isTarget THEN 1 ELSE 0 END) AS tianjinTargets`,
    );
    expect(valve).toEqual({ firms: 16, tianjinTargets: 16 });
    const minmetals = await one(
      gw,
      "MATCH (:Enterprise {name: '中国五矿集团有限公司', fortune500: true})-[:INVESTS_IN]->(p:Project)-[:LOCATED_IN]->(:Park {id: 'PK-MINMETALS'}) RETURN count(p) AS n",
    );
    expect(minmetals.n).toBe(1);
  });

  it('labels every record with its source, and only article-named or reference data is not DEMO', async () => {
    const r = await one(
      gw,
      'MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry AND n.source IS NULL RETURN count(n) AS n',
    );
    expect(r.n).toBe(0);
    const sources = (
      await gw.readTx((tx) =>
        tx.runText(
          'MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion AND NOT n:AuditEntry RETURN DISTINCT n.source AS s ORDER BY s',
        ),
      )
    ).map((x) => x.s);
    expect(sources).toEqual(['ARTICLE_DEMO', 'DEMO', 'GB2260', 'ISO3166']);
  });

  it('has real supply relations, warm paths and gaps to find', async () => {
    const r = await one(
      gw,
      `MATCH (s:Enterprise {isLocal: true})-[:SUPPLIES]->(c:Enterprise {isLocal: true}) WITH count(*) AS localLocal
       MATCH (t:Enterprise {isTarget: true})-[:SUPPLIES]->(:Enterprise {isLocal: true}) WITH localLocal, count(DISTINCT t) AS targetsSupplying
       MATCH (:City {code: '350583'})<-[:NATIVE_OF]-(:Person)-[:EXECUTIVE_OF]->(t:Enterprise {isTarget: true})
       WITH localLocal, targetsSupplying, count(DISTINCT t) AS nativeExec
       MATCH (l:ChainLink) WHERE NOT EXISTS { (:Enterprise {isLocal: true})-[:OPERATES_IN]->(l) }
       RETURN localLocal, targetsSupplying, nativeExec, count(l) AS missingLinks`,
    );
    expect(r.localLocal).toBeGreaterThan(100);
    expect(r.targetsSupplying).toBeGreaterThan(20);
    expect(r.nativeExec).toBeGreaterThan(20);
    expect(r.missingLinks).toBeGreaterThan(8);
  });

  it('changes nothing when the same dataset is imported again', async () => {
    const before = await fingerprint(gw);
    const again = await importDataset(gw, DEMO);
    expect(again.written).toBe(true);
    expect(await fingerprint(gw)).toEqual(before);
  });

  it('updates an edited row on re-import, replacing a changed reference', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-'));
    try {
      const lines = fs.readFileSync(path.join(DEMO, 'enterprises.csv'), 'utf8').split('\n');
      const header = lines[0].split(',');
      const idx = (c: string): number => header.indexOf(c);
      // First local enterprise in a park: move it to another park and change its revenue.
      const i = lines.findIndex((l, k) => k > 0 && l.includes(',PK-STD-1,'));
      const cells = lines[i].split(',');
      const uscc = cells[idx('uscc')];
      cells[idx('parkId')] = 'PK-STD-2';
      cells[idx('revenueYi')] = '9.9';
      fs.writeFileSync(path.join(dir, 'enterprises.csv'), `${lines[0]}\n${cells.join(',')}\n`);
      const res = await importDataset(gw, dir);
      expect(res.report).toEqual([]);
      const r = await gw.readTx((tx) =>
        tx.runText('MATCH (e:Enterprise {uscc: $uscc})-[:IN_PARK]->(p:Park) RETURN e.revenueYi AS revenue, collect(p.id) AS parks', {
          uscc,
        }),
      );
      expect(r).toEqual([{ revenue: 9.9, parks: ['PK-STD-2'] }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await importDataset(gw, DEMO); // restore
    }
  });

  it('imports the same data from an .xlsx workbook to the same graph', async () => {
    const before = await fingerprint(gw);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-'));
    try {
      const book = path.join(dir, 'demo.xlsx');
      await writeDataset(generate({ seed: 20221215, scale: 1 }), path.join(dir, 'csv'), book);
      await resetDatabase(gw);
      const res = await importDataset(gw, book);
      expect(res.report).toEqual([]);
      expect(await fingerprint(gw)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo generator', () => {
  it('is deterministic and matches the committed seeds/demo byte for byte', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-'));
    try {
      await writeDataset(generate({ seed: 20221215, scale: 1 }), dir);
      for (const f of fs.readdirSync(DEMO).filter((x) => x.endsWith('.csv'))) {
        expect(`${f}:${fs.readFileSync(path.join(dir, f), 'utf8')}`).toBe(`${f}:${fs.readFileSync(path.join(DEMO, f), 'utf8')}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
