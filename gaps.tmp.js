require('/work/main/node_modules/reflect-metadata');
const neo4j = require('/work/main/node_modules/neo4j-driver');
const { Neo4jGateway } = require('/work/main/dist/src/db/gateway');
const { analyseLinks, chainSupplyRate } = require('/work/main/dist/src/modules/analysis/gaps.scoring');
const { DEFAULT_ANALYSIS_CONFIG } = require('/work/main/dist/src/modules/analysis/analysis.config');
(async () => {
  const gw = new Neo4jGateway(neo4j.driver('bolt://127.0.0.1:7687'), { database: 'neo4j', txTimeoutMs: 60000 });
  const t0 = Date.now();
  const rows = await gw.read('analysis/link-metrics', { industry: null });
  console.log('ms', Date.now() - t0, rows.length);
  const gaps = analyseLinks(rows, DEFAULT_ANALYSIS_CONFIG.gaps);
  const by = {};
  for (const g of gaps) (by[g.metrics.industryCode] ??= []).push(g);
  for (const [ind, gs] of Object.entries(by)) {
    const grades = { URGENT: 0, IMPORTANT: 0, NORMAL: 0 };
    gs.forEach(g => g.grade && grades[g.grade]++);
    console.log(ind, 'rate', chainSupplyRate(gs), JSON.stringify(grades), gs.map(g => `${g.metrics.code.split('-')[1]}:${g.status[0]}${g.severity}${g.localSupplyRate===null?'':'/'+g.localSupplyRate}`).join(' '));
  }
  await gw.close();
})();
