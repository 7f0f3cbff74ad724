import type { Mention } from './ask.gazetteer';
import type * as R from './ask.results';

/** A node an answer rests on: the page opens it (firm page, chain map, park map). */
export interface Citation {
  kind: 'INDUSTRY' | 'LINK' | 'ENTERPRISE' | 'PARK' | 'PROJECT';
  id: string;
  name: string;
  /** The chain a link or chain belongs to (its code), so a page can open it on the chain map. */
  chain: string | null;
}

export interface Composed {
  text: string;
  citations: Citation[];
  followUps: string[];
}

const num = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/\.?0+$/, '');
const pct = (r: number | null | undefined): string => (r === null || r === undefined ? '无数据' : `${num(r * 100, 1)}%`);
const list = (xs: string[], max = 5): string => (xs.length <= max ? xs.join('、') : `${xs.slice(0, max).join('、')} 等 ${xs.length} 个`);

class Answer {
  readonly lines: string[] = [];
  readonly citations = new Map<string, Citation>();
  readonly followUps: string[] = [];
  say(line: string): this {
    this.lines.push(line);
    return this;
  }
  cite(kind: Citation['kind'], id: string | null | undefined, name: string | null | undefined, chain?: string | null): this {
    const known = chain ?? (kind === 'INDUSTRY' ? id : null) ?? null;
    if (id && name && !this.citations.has(`${kind}:${id}`)) this.citations.set(`${kind}:${id}`, { kind, id, name, chain: known });
    return this;
  }
  suggest(...qs: string[]): this {
    this.followUps.push(...qs.filter((q) => !this.followUps.includes(q)));
    return this;
  }
  done(): Composed {
    return { text: this.lines.join('\n'), citations: [...this.citations.values()], followUps: this.followUps.slice(0, 4) };
  }
}

type Composer<T> = (data: T, focus: Mention[], variables: Record<string, unknown>) => Composed;

const chainOverview: Composer<R.ChainOverviewResult> = (d) => {
  const a = new Answer();
  const rows = d.chainGapOverview;
  type Chain = R.ChainOverviewResult['chainGapOverview'][number];
  const count = (r: Chain, s: string): number => r.statusCounts.find((c) => c.status === s)?.count ?? 0;
  const gaps = (r: Chain): number => count(r, 'MISSING') + count(r, 'BROKEN');
  a.say(`${rows.length} 条产业链的诊断：`);
  for (const r of rows) {
    a.say(
      `· ${r.industry.name}：缺链 ${count(r, 'MISSING')}、断链 ${count(r, 'BROKEN')}、弱链 ${count(r, 'WEAK')}、强链 ${count(r, 'STRONG')}，本地配套率 ${pct(r.localSupplyRate)}`,
    );
    a.cite('INDUSTRY', r.industry.code, r.industry.name);
  }
  const worst = [...rows].sort((x, y) => gaps(y) - gaps(x) || x.industry.code.localeCompare(y.industry.code))[0];
  if (worst) {
    a.say(`缺链、断链最多的是${worst.industry.name}（${gaps(worst)} 个）。`);
    a.suggest(`${worst.industry.name}链断在哪？`, `${worst.industry.name}补链找谁？`);
  }
  return a.done();
};

const chainGaps: Composer<R.ChainGapsResult> = (d, focus) => {
  const a = new Answer();
  const r = d.chainGaps;
  const named = (s: string): R.LinkGapRow[] => r.links.filter((l) => l.status === s);
  a.cite('INDUSTRY', r.industry.code, r.industry.name);
  for (const f of focus.filter((m) => m.kind === 'LINK')) {
    const l = r.links.find((x) => x.link.code === f.key);
    if (l) {
      a.say(
        `${l.link.name}（${l.link.stageLabel}）：${l.statusLabel}，严重度 ${l.severity}，本地企业 ${l.localProducers} 家，本地配套率 ${pct(l.localSupplyRate)}。`,
      );
      a.cite('LINK', l.link.code, l.link.name, r.industry.code);
    }
  }
  const part = (s: string, zh: string): string => {
    const xs = named(s);
    return xs.length ? `${zh} ${xs.length} 个（${list(xs.map((l) => l.link.name))}）` : `${zh} 0 个`;
  };
  a.say(
    `${r.industry.name}产业链共 ${r.links.length} 个环节：${part('MISSING', '缺链')}、${part('BROKEN', '断链')}、${part('WEAK', '弱链')}；强链 ${named('STRONG').length} 个；本地配套率 ${pct(r.localSupplyRate)}。`,
  );
  const worst = [...r.links]
    .filter((l) => ['MISSING', 'BROKEN', 'WEAK'].includes(l.status))
    .sort((x, y) => y.severity - x.severity || x.link.code.localeCompare(y.link.code))
    .slice(0, 3);
  if (worst.length) {
    a.say(`最该补的：${worst.map((l) => `${l.link.name}（${l.statusLabel}，严重度 ${l.severity}）`).join('、')}。`);
    worst.forEach((l) => a.cite('LINK', l.link.code, l.link.name, r.industry.code));
    a.suggest(`补${worst[0].link.name}找谁？谁能引荐？`);
  }
  return a.suggest(`${r.industry.name}链选5家招商组合`).done();
};

const chainLink: Composer<R.ChainLinkResult> = (d) => {
  const a = new Answer();
  const l = d.chainLink;
  if (!l) return a.say('图谱里没有这个环节。').done();
  const ops = l.operators;
  const locals = ops.filter((o) => o.enterprise.isLocal);
  const targets = ops.filter((o) => o.enterprise.isTarget && !o.enterprise.isLocal);
  a.cite('LINK', l.code, l.name, l.industry?.code).cite('INDUSTRY', l.industry?.code, l.industry?.name);
  a.say(`${l.name}（${l.code}，${l.industry?.name ?? ''}，${l.stageLabel}）：`);
  a.say(`上游 ${list(l.upstream.map((f) => f.link.name)) || '无'}；下游 ${list(l.downstream.map((f) => f.link.name)) || '无'}。`);
  a.say(
    `本地企业 ${locals.length} 家${
      locals.length
        ? `（${list(
            locals.map((o) => o.enterprise.name),
            3,
          )}）`
        : ''
    }；目标企业 ${targets.length} 家${
      targets.length
        ? `（${list(
            targets.map((o) => o.enterprise.name),
            3,
          )}）`
        : ''
    }。`,
  );
  [...locals, ...targets].slice(0, 6).forEach((o) => a.cite('ENTERPRISE', o.enterprise.uscc, o.enterprise.name));
  return a.suggest(`补${l.name}找谁？`).done();
};

const MODE_ZH: Record<string, string> = { FILL: '补链', STRENGTHEN: '强链', EXTEND: '延链' };

const rankTargets: Composer<R.RankTargetsResult> = (d, focus, v) => {
  const a = new Answer();
  const page = d.rankTargets;
  const scope = focus.length ? focus.map((m) => m.name).join('、') : '全部产业链';
  const rows = page.edges.map((e) => e.node);
  if (!rows.length) return a.say(`${scope}没有可推荐的目标企业（候选均已在推进中，或条件过严）。`).done();
  a.say(`${scope}${MODE_ZH[String(v.mode)] ?? ''}推荐，共 ${page.totalCount} 家候选，前 ${rows.length} 名：`);
  for (const t of rows) {
    const fills = list(
      t.filledLinks.map((f) => `${f.link.name}（${f.statusLabel}）`),
      3,
    );
    const path = t.warmPaths[0];
    const via = path ? `；引荐：${path.introducer ? `${path.introducer}，` : ''}${path.description}` : '；暂无引荐路径';
    a.say(
      `${t.rank}. ${t.enterprise.name}（${t.enterprise.city?.name ?? '—'}，得分 ${num(t.score, 1)}）——${fills || '所补环节见理由'}${via}`,
    );
    a.cite('ENTERPRISE', t.enterprise.uscc, t.enterprise.name);
  }
  focus.filter((m) => m.kind === 'LINK').forEach((m) => a.cite('LINK', m.key, m.name, m.industryCode));
  const top = rows[0].enterprise.name;
  return a.suggest(`如果${top}落地会怎样？`, `${top}谁能引荐？`, `${top}的情况`).done();
};

const warmPaths: Composer<R.WarmPathsResult> = (d) => {
  const a = new Answer();
  const firm = d.enterprise;
  if (!firm) return a.say('图谱里没有这家企业。').done();
  a.cite('ENTERPRISE', firm.uscc, firm.name);
  const paths = d.warmPaths;
  if (!paths.length) {
    return a
      .say(`${firm.name}与南安在两跳以内没有关系路径（没有南安籍高管、商会会员或与本地企业的供应关系记录）。可先通过所在地的南安商会了解。`)
      .suggest(`${firm.name}的情况`)
      .done();
  }
  a.say(`${firm.name}与南安的关系路径 ${paths.length} 条：`);
  for (const p of paths.slice(0, 5)) {
    a.say(
      `· ${p.kindLabel ?? ''}（${p.hops} 跳，强度 ${num(p.strength, 2)}）：${p.description}${p.introducer ? `；可请 ${p.introducer} 引荐` : ''}`,
    );
  }
  return a.suggest(`${firm.name}的情况`, `如果${firm.name}落地会怎样？`).done();
};

const enterprise: Composer<R.EnterpriseResult> = (d) => {
  const a = new Answer();
  const e = d.enterprise;
  if (!e) return a.say('图谱里没有这家企业。').done();
  a.cite('ENTERPRISE', e.uscc, e.name);
  const role = e.isLocal ? '南安本地企业' : e.isTarget ? `目标企业（跟进状态：${e.targetStatusLabel ?? '未跟进'}）` : '库内企业';
  const where = [e.city?.name, e.town?.name, e.park?.name].filter(Boolean).join('，');
  const facts = [
    e.revenueYi !== null && e.revenueYi !== undefined ? `营收 ${num(e.revenueYi)} 亿元` : '营收未知',
    e.listed ? '上市' : '',
    e.chainLeader ? '链主企业' : '',
    e.ownershipLabel ?? '',
  ].filter(Boolean);
  a.say(`${e.name}（${e.uscc}）：${role}${where ? `，位于${where}` : ''}；${facts.join('，')}。`);
  if (e.links.length) a.say(`所属环节：${list(e.links.map((l) => l.link.name))}。`);
  e.links.slice(0, 5).forEach((l) => a.cite('LINK', l.link.code, l.link.name, l.link.industry?.code));
  if (e.park) a.cite('PARK', e.park.id, e.park.name);
  if (e.projects.length) {
    a.say(`在南安的项目：${e.projects.map((p) => `${p.name}（${num(p.amountYi)} 亿元，${p.stageLabel}）`).join('；')}。`);
    e.projects.forEach((p) => a.cite('PROJECT', p.id, p.name));
  } else a.say('在南安还没有项目记录。');
  return a.suggest(`${e.name}谁能引荐？`).done();
};

const KIND_CITE: Record<string, Citation['kind'] | undefined> = {
  ENTERPRISE: 'ENTERPRISE',
  PARK: 'PARK',
  PROJECT: 'PROJECT',
  CHAIN_LINK: 'LINK',
  INDUSTRY: 'INDUSTRY',
};

const search: Composer<R.SearchResult> = (d, _f, v) => {
  const a = new Answer();
  const hits = d.search;
  if (!hits.length) return a.say(`没有找到与「${String(v.text)}」相关的名称。`).done();
  a.say(`与「${String(v.text)}」相关的 ${hits.length} 条：${hits.map((h) => `${h.name}（${h.kindLabel ?? h.kind}）`).join('、')}。`);
  for (const h of hits) {
    const kind = KIND_CITE[h.kind];
    if (kind) a.cite(kind, h.key, h.name);
  }
  return a.done();
};

const pipeline: Composer<R.PipelineResult> = (d, focus) => {
  const a = new Answer();
  const s = d.pipelineStats;
  const scope = focus.length ? `${focus.map((m) => m.name).join('、')}链 ` : '';
  a.say(`${scope}${s.from} 至 ${s.to}：`);
  a.say(`进入各阶段的项目：${s.entered.map((e) => `${e.label} ${e.count} 个（${num(e.amountYi)} 亿元）`).join('；')}。`);
  const task = s.task.filter((t) => t.target !== null && t.target !== undefined);
  if (task.length)
    a.say(`任务（${s.taskBasis}）：${task.map((t) => `${t.label} ${num(t.done)}/${num(t.target)}（${pct(t.share)}）`).join('；')}。`);
  else a.say(`任务：${s.taskBasis}。`);
  if (s.atRisk.length) {
    a.say(
      `逾期风险 ${s.atRisk.length} 个，如：${s.atRisk
        .slice(0, 3)
        .map((p) => `${p.name}（${p.stageLabel}，${p.reason}）`)
        .join('；')}。`,
    );
    s.atRisk.slice(0, 3).forEach((p) => a.cite('PROJECT', p.id, p.name));
  }
  focus.forEach((m) => a.cite('INDUSTRY', m.key, m.name));
  return a.suggest('三色预警情况', '哪条链缺口最多？').done();
};

const simulate: Composer<R.SimulateResult> = (d) => {
  const a = new Answer();
  const s = d.simulateLanding;
  const names = s.targets.map((t) => t.name);
  s.targets.forEach((t) => a.cite('ENTERPRISE', t.uscc, t.name));
  a.say(`如果 ${names.join('、')} 落地（只算不写）：`);
  const changed = s.links.filter((l) => l.changed);
  a.say(
    s.gapsClosed.length ? `补上 ${s.gapsClosed.length} 个缺口：${list(s.gapsClosed.map((l) => l.name))}。` : '不补上任何缺链或断链环节。',
  );
  s.gapsClosed.forEach((l) => a.cite('LINK', l.code, l.name, l.industry?.code));
  if (changed.length)
    a.say(
      `环节变化：${changed
        .slice(0, 5)
        .map((l) => `${l.link.name} ${l.before.statusLabel}→${l.after.statusLabel}`)
        .join('；')}。`,
    );
  const rates = s.supplyRates.filter((r) => r.before !== r.after);
  if (rates.length) a.say(`本地配套率：${rates.map((r) => `${r.industryCode} ${pct(r.before)}→${pct(r.after)}`).join('；')}。`);
  for (const l of s.land) {
    a.say(`用地：${l.park.name} 用 ${num(l.usedMu)} 亩，余 ${num(l.leftMu)} 亩。`);
    a.cite('PARK', l.park.id, l.park.name);
  }
  if (s.unplaced.length) a.say(`没有园区放得下：${s.unplaced.map((e) => e.name).join('、')}。`);
  return a.done();
};

const portfolio: Composer<R.PortfolioResult> = (d, focus) => {
  const a = new Answer();
  const p = d.planPortfolio;
  const scope = focus.find((m) => m.kind === 'INDUSTRY')?.name ?? '全部产业链';
  a.say(
    `${scope}招商组合（${p.landBudgetMu ? `可用地 ${num(p.landBudgetMu)} 亩内` : '不限用地'}）选 ${p.picks.length} 家，补链覆盖 ${pct(p.coverage)}，用地 ${num(p.landUsedMu)} 亩：`,
  );
  for (const k of p.picks) {
    a.say(
      `${k.order}. ${k.target.name}（增益 ${num(k.marginalGain, 3)}，用地 ${num(k.landNeedMu)} 亩${k.park ? `，${k.park.name}` : ''}）`,
    );
    a.cite('ENTERPRISE', k.target.uscc, k.target.name);
    if (k.park) a.cite('PARK', k.park.id, k.park.name);
  }
  if (p.guarantee?.statement) a.say(p.guarantee.statement);
  return a.done();
};

const overview: Composer<R.OverviewResult> = (d) => {
  const a = new Answer();
  a.say(
    `目标企业库 ${d.targets.totalCount} 家；南安商会 ${d.chambers.totalCount} 个（异地 ${d.domestic.totalCount} 个、港澳台 ${d.hkMacaoTaiwan.totalCount} 个、海外 ${d.overseas.totalCount} 个）；行业协会 ${d.associations.totalCount} 个；园区 ${d.parks.totalCount} 个，其中标准化园区 ${d.standardizedParks.totalCount} 个。`,
  );
  return a.suggest('哪条链缺口最多？', '百日攻坚签了多少？').done();
};

const parks: Composer<R.ParksResult> = (d) => {
  const a = new Answer();
  const rows = d.parks.edges.map((e) => e.node);
  if (!rows.length) return a.say('没有符合条件的园区。').done();
  a.say(`共 ${d.parks.totalCount} 个园区，可供地最多的：`);
  rows.forEach((p, i) => {
    a.say(
      `${i + 1}. ${p.name}（${p.town?.name ?? '—'}${p.standardized ? '，标准化园区' : ''}）：可供地 ${num(p.availableLandMu)} 亩 / 总面积 ${num(p.totalLandMu)} 亩，招商率 ${pct(p.attractionRate)}`,
    );
    a.cite('PARK', p.id, p.name);
  });
  return a.done();
};

const park: Composer<R.ParkResult> = (d) => {
  const a = new Answer();
  const p = d.park;
  if (!p) return a.say('图谱里没有这个园区。').done();
  a.cite('PARK', p.id, p.name);
  a.say(
    `${p.name}（${p.town?.name ?? '—'}${p.standardized ? '，标准化园区' : ''}）：总面积 ${num(p.totalLandMu)} 亩，可供地 ${num(p.availableLandMu)} 亩，招商率 ${pct(p.attractionRate)}，入驻企业 ${p.enterpriseCount} 家。`,
  );
  if (p.industries.length) a.say(`主导产业：${p.industries.map((i) => i.name).join('、')}。`);
  if (p.projects.length) {
    a.say(
      `项目 ${p.projects.length} 个，如：${p.projects
        .slice(0, 3)
        .map((x) => `${x.name}（${x.stageLabel}）`)
        .join('；')}。`,
    );
    p.projects.slice(0, 3).forEach((x) => a.cite('PROJECT', x.id, x.name));
  }
  return a.done();
};

const land: Composer<R.LandResult> = (d) => {
  const a = new Answer();
  const t = d.idleLandTask;
  a.say(
    `盘活闲置土地任务：目标 ${num(t.targetMu)} 亩，已盘活 ${num(t.doneMu)} 亩（${pct(t.share)}），尚有闲置 ${num(t.idleLeftMu)} 亩。${t.note}`,
  );
  const short = d.landBalance.filter((b) => b.balanceMu < 0).sort((x, y) => x.balanceMu - y.balanceMu);
  const free = d.landBalance.reduce((s, b) => s + b.availableMu, 0);
  a.say(
    `各园区可供地合计 ${num(free)} 亩${
      short.length
        ? `；用地需求超过可供地的：${short
            .slice(0, 3)
            .map((b) => `${b.name}（缺 ${num(-b.balanceMu)} 亩）`)
            .join('、')}`
        : '；没有园区的用地需求超过可供地'
    }。`,
  );
  short.slice(0, 3).forEach((b) => a.cite('PARK', b.key, b.name));
  return a.done();
};

const warnings: Composer<R.WarningsResult> = (d) => {
  const a = new Answer();
  const w = d.projectWarnings;
  a.say(`截至 ${w.on}：红色预警 ${w.counts.red} 个，黄色 ${w.counts.amber} 个，绿色 ${w.counts.green} 个。`);
  const worst = w.projects.filter((p) => p.warning.colour !== 'GREEN').slice(0, 3);
  if (worst.length) {
    a.say(`最紧迫的：${worst.map((p) => `${p.projectName}（${p.stageLabel ?? ''}，${p.warning.reasons[0]?.text ?? ''}）`).join('；')}。`);
    worst.forEach((p) => a.cite('PROJECT', p.projectId, p.projectName));
  }
  return a.done();
};

const funds: Composer<R.FundsResult> = (d) => {
  const a = new Answer();
  const fs = d.funds;
  if (!fs.length) return a.say('图谱里没有产业基金记录。').done();
  for (const f of fs) {
    a.say(
      `${f.name}：规模 ${num(f.sizeYi)} 亿元，已承诺 ${num(f.committedYi, 2)} 亿元，已到位 ${num(f.investedYi, 2)} 亿元，可承诺余额 ${num(f.leftYi, 2)} 亿元。`,
    );
  }
  return a.done();
};

const assess: Composer<R.AssessResult> = (d) => {
  const a = new Answer();
  const r = d.assessProject;
  if (r.project) a.cite('PROJECT', r.project.id, r.project.name);
  a.say(`${r.project?.name ?? '该项目'}预评估：${num(r.score)} 分，结论「${r.verdictLabel}」。`);
  const triggered = r.vetoes.filter((v) => v.status === 'TRIGGERED');
  const unverified = r.vetoes.filter((v) => v.status === 'UNVERIFIED');
  a.say(triggered.length ? `触发一票否决：${triggered.map((v) => `${v.label}（${v.fact}）`).join('；')}。` : '未触发一票否决。');
  if (unverified.length) a.say(`需核实：${unverified.map((v) => v.label).join('、')}。`);
  if (r.conditions.length) a.say(`附加条件：${r.conditions.join('；')}。`);
  if (r.reasons.length) a.say(r.reasons.slice(0, 3).join(' '));
  return a.done();
};

// Each composer reads its own operation's result; the tool name picks both.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const COMPOSERS: Record<string, Composer<any>> = {
  chain_overview: chainOverview,
  chain_gaps: chainGaps,
  chain_link: chainLink,
  rank_targets: rankTargets,
  warm_paths: warmPaths,
  enterprise,
  search,
  pipeline_stats: pipeline,
  simulate_landing: simulate,
  plan_portfolio: portfolio,
  overview,
  parks,
  park,
  land,
  project_warnings: warnings,
  funds,
  assess_project: assess,
};

/**
 * The answer to a question, in Chinese, from what the operation returned: every figure in it is a
 * figure of the result, and every node it names is cited. Pure.
 */
export function composeAnswer(tool: string, data: unknown, focus: Mention[], variables: Record<string, unknown>): Composed {
  const composer = COMPOSERS[tool];
  if (!composer) return { text: '已运行，结果见 data。', citations: [], followUps: [] };
  return composer(data, focus, variables);
}
