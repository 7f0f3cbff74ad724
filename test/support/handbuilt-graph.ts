import type { Neo4jGateway } from '../../src/db/gateway';
import { BUMP_GRAPH_VERSION } from '../../src/db/db.queries';
import { resetDatabase } from './db';

/**
 * A hand-built chain whose right answers are worked out by hand below (see also docs/ranking.md):
 *
 *   E(0.4) → A(0.8) → B(1.0, core) → C(0.6)      D(0.5) → C
 *   local: L1 in A (STRONG, 20亿, 链主), L2 in C (MEDIUM, 5亿), L3 in D (WEAK, 0.5亿)
 *   targets: X1 in B (STRONG, 100亿, 500强, expansion; chairman 南安籍, 深圳南安商会副会长; Shenzhen)
 *            X2 in B (MEDIUM, 10亿, financing; supplies L2 2亿 of B; Shanghai)
 *            X3 in D (STRONG, 30亿, 专精特新; supplies L2 3亿 of D; Shenzhen)
 *   L3 supplies L2 1亿 of D.  Park PK-T: positioned for T and for link B, 100 亩 available.
 */
export const HANDBUILT_GRAPH = `
CREATE (sz:City {code: '440300', name: '深圳市', provinceName: '广东省', level: 'CITY', source: 'GB2260'}),
       (sh:City {code: '310000', name: '上海市', provinceName: '上海市', level: 'CITY', source: 'GB2260'}),
       (na:City {code: '350583', name: '南安市', provinceName: '福建省', level: 'COUNTY', source: 'GB2260'}),
       (t:Industry {code: 'T', name: '测试链', groupName: '测试组', themes: ['新能源'], source: 'DEMO'}),
       (a:ChainLink {code: 'T-A', name: '甲环节', stage: 'UPSTREAM', importance: 0.8, core: false, source: 'DEMO'})-[:IN_CHAIN]->(t),
       (b:ChainLink {code: 'T-B', name: '乙环节', stage: 'MIDSTREAM', importance: 1.0, core: true, source: 'DEMO'})-[:IN_CHAIN]->(t),
       (c:ChainLink {code: 'T-C', name: '丙环节', stage: 'DOWNSTREAM', importance: 0.6, core: false, source: 'DEMO'})-[:IN_CHAIN]->(t),
       (d:ChainLink {code: 'T-D', name: '丁环节', stage: 'UPSTREAM', importance: 0.5, core: false, source: 'DEMO'})-[:IN_CHAIN]->(t),
       (e:ChainLink {code: 'T-E', name: '戊环节', stage: 'UPSTREAM', importance: 0.4, core: false, source: 'DEMO'})-[:IN_CHAIN]->(t),
       (e)-[:SUPPLIES_TO {kind: 'RAW_MATERIAL', strength: 0.5}]->(a),
       (a)-[:SUPPLIES_TO {kind: 'COMPONENT', strength: 0.9}]->(b),
       (b)-[:SUPPLIES_TO {kind: 'COMPONENT', strength: 0.8}]->(c),
       (d)-[:SUPPLIES_TO {kind: 'RAW_MATERIAL', strength: 0.5}]->(c)
WITH *
UNWIND [
  {uscc: 'L1', name: '本地甲', rev: 20.0, leader: true, local: true, target: false, link: 'T-A', ev: 'STRONG', city: '350583'},
  {uscc: 'L2', name: '本地丙', rev: 5.0, leader: false, local: true, target: false, link: 'T-C', ev: 'MEDIUM', city: '350583'},
  {uscc: 'L3', name: '本地丁', rev: 0.5, leader: false, local: true, target: false, link: 'T-D', ev: 'WEAK', city: '350583'},
  {uscc: 'X1', name: '目标一', rev: 100.0, leader: false, local: false, target: true, link: 'T-B', ev: 'STRONG', city: '440300', f500: true, exp: true},
  {uscc: 'X2', name: '目标二', rev: 10.0, leader: false, local: false, target: true, link: 'T-B', ev: 'MEDIUM', city: '310000', fin: true},
  {uscc: 'X3', name: '目标三', rev: 30.0, leader: false, local: false, target: true, link: 'T-D', ev: 'STRONG', city: '440300', spec: true}
] AS f
MATCH (l:ChainLink {code: f.link}), (city:City {code: f.city})
CREATE (en:Enterprise {uscc: f.uscc, name: f.name, revenueYi: f.rev, chainLeader: f.leader, isLocal: f.local, isTarget: f.target,
        fortune500: coalesce(f.f500, false), specialized: coalesce(f.spec, false), highTech: false, listed: false,
        expansionPlan: coalesce(f.exp, false), recentFinancing: coalesce(f.fin, false), source: 'DEMO'})
CREATE (en)-[:OPERATES_IN {evidence: f.ev}]->(l), (en)-[:LOCATED_IN]->(city)
WITH count(*) AS made
MATCH (l2:Enterprise {uscc: 'L2'}), (l3:Enterprise {uscc: 'L3'}), (x1:Enterprise {uscc: 'X1'}), (x2:Enterprise {uscc: 'X2'}),
      (x3:Enterprise {uscc: 'X3'}), (sz:City {code: '440300'}), (na:City {code: '350583'}), (t:Industry {code: 'T'}), (b:ChainLink {code: 'T-B'})
CREATE (l3)-[:SUPPLIES {annualValueYi: 1.0, linkCode: 'T-D'}]->(l2),
       (x3)-[:SUPPLIES {annualValueYi: 3.0, linkCode: 'T-D'}]->(l2),
       (x2)-[:SUPPLIES {annualValueYi: 2.0, linkCode: 'T-B'}]->(l2),
       (p:Person {id: 'P1', name: '黄董', overseasChinese: false, source: 'DEMO'})-[:EXECUTIVE_OF {title: '董事长'}]->(x1),
       (p)-[:NATIVE_OF]->(na),
       (ch:Chamber {id: 'CH-SZ', name: '深圳南安商会', kind: 'DOMESTIC', source: 'DEMO'})-[:BASED_IN]->(sz),
       (p)-[:MEMBER_OF {role: 'VICE_PRESIDENT'}]->(ch),
       (pk:Park {id: 'PK-T', name: '测试园', standardized: true, totalLandMu: 300, availableLandMu: 100, source: 'DEMO'}),
       (pk)-[:POSITIONED_FOR]->(t), (pk)-[:POSITIONED_FOR]->(b)
`;

/**
 * Empties the test database and builds the hand-built graph plus `extra` statements, then moves the
 * graph version so that no analysis cached for an earlier graph is served.
 */
export async function buildHandbuiltGraph(gw: Neo4jGateway, ...extra: string[]): Promise<void> {
  await resetDatabase(gw);
  await gw.writeTx(async (tx) => {
    await tx.runText(HANDBUILT_GRAPH);
    for (const statement of extra) await tx.runText(statement);
    await tx.run(BUMP_GRAPH_VERSION, {});
  });
}
