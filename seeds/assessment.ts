/**
 * The 项目预评估 part of the demo (docs/assessment.md), all invented and labelled DEMO: proposal terms
 * for about twenty projects already in 策划/对接 (no project is added, so the article's figures hold),
 * credit checks of their investors and of most signed projects' investors (dated before the signing,
 * for the calibration), and a 招商专家库 of twelve. The cases the assessment must show:
 *  - the 20GW 异质结电池 project fills the chain's gap and passes;
 *  - a large target firm negotiating a project is a 失信被执行人 (veto);
 *  - a valve firm asks for much land for little investment (附条件, with conditions);
 *  - a planned project's investor defaulted on an earlier one;
 *  - one expert is an officer of a chamber the 异质结 investor's chairman belongs to (利益冲突, two hops).
 */
import { addDays } from '../src/domain/calendar';
import { ProjectStage } from '../src/domain/project-stage';
import { Rng } from './rng';

type Row = Record<string, string | number | boolean | undefined>;

const SOURCES = ['信用中国', '国家企业信用信息公示系统', '中国执行信息公开网'];
const FUNDING = ['自有资金', '银行贷款', '股东增资', '产业基金', '专项债'];
const OFFICERS = new Set(['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL']);

const EXPERTS: Array<[string, string, string, string[]]> = [
  ['张文华', '光伏与储能', '厦门大学能源学院', ['NE']],
  ['林国栋', '集成电路', '福州大学物理与信息工程学院', ['IC']],
  ['陈晓梅', '产业经济', '福建省社会科学院', ['NE', 'IC', 'EQUIP']],
  ['黄志强', '装备制造', '华侨大学机电及自动化学院', ['EQUIP', 'SAFETY']],
  ['吴丽君', '财务与投融资', '泉州市某会计师事务所', ['NE', 'IC', 'EQUIP', 'PLUMB', 'STONE', 'SAFETY', 'FOOD', 'TOUR']],
  ['郑建新', '国土空间规划', '泉州市规划设计研究院', ['PLUMB', 'STONE', 'EQUIP', 'FOOD']],
  ['许明辉', '食品工程', '福建农林大学食品科学学院', ['FOOD']],
  ['蔡雅琴', '环境影响评价', '福建省环境科学研究院', ['NE', 'IC', 'STONE', 'PLUMB']],
  ['刘振宇', '安全生产', '应急管理部某研究所', ['SAFETY', 'EQUIP']],
  ['王海涛', '文旅规划', '华侨大学旅游学院', ['TOUR']],
  ['李建华', '建材与石材', '福建省石材行业协会', ['STONE', 'PLUMB']],
];

function rows(files: Map<string, Row[]>, name: string): Row[] {
  return files.get(name) ?? [];
}

export function assessmentData(rng: Rng, files: Map<string, Row[]>): void {
  const projects = rows(files, 'projects');
  const firms = new Map(rows(files, 'enterprises').map((e) => [String(e.uscc), e]));
  const linksOf = new Map<string, string[]>();
  for (const l of rows(files, 'project_links'))
    linksOf.set(String(l.projectId), [...(linksOf.get(String(l.projectId)) ?? []), String(l.linkCode)]);
  const byName = (name: string): Row => projects.find((p) => p.name === name)!;
  const early = projects.filter((p) => p.stage === ProjectStage.PLANNED || p.stage === ProjectStage.NEGOTIATING);

  const proposals: Row[] = [];
  const checks = new Map<string, Row>();
  const check = (
    uscc: string,
    on: string,
    flags: Partial<Record<'dishonestDebtor' | 'businessAbnormal' | 'majorViolation', boolean>> = {},
    note?: string,
  ): void => {
    checks.set(`${uscc}:${on}`, {
      uscc,
      checkedOn: on,
      checkedIn: rng.pick(SOURCES),
      dishonestDebtor: flags.dishonestDebtor ?? false,
      businessAbnormal: flags.businessAbnormal ?? false,
      majorViolation: flags.majorViolation ?? false,
      note,
      source: 'DEMO',
    });
  };
  const propose = (p: Row, terms: Row): void => {
    proposals.push({ projectId: p.id, ...terms });
  };
  const onOf = (p: Row): string => String(p.negotiatingOn ?? p.plannedOn ?? '2022-06-01');

  // Outcomes to calibrate against: a few projects under contract before mid-2022 that never started
  // defaulted (违约) by the as-of day. Only 正式合同 projects outside the 百日攻坚 and the article's
  // named ones are taken, so no figure of the article moves; smaller investors are likelier to be.
  const candidates = projects
    .filter(
      (p) =>
        p.stage === ProjectStage.CONTRACTED && p.source !== 'ARTICLE_DEMO' && !p.campaign100Days && String(p.contractedOn) <= '2022-05-31',
    )
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const small = (p: Row): number => 1 / (1 + Number(firms.get(String(p.investorUscc))?.revenueYi ?? 1));
  for (let i = 0; i < 8 && candidates.length > 0; i++) {
    const p = rng.weighted(candidates, small);
    candidates.splice(candidates.indexOf(p), 1);
    p.stage = ProjectStage.DEFAULTED;
    p.defaultedOn = addDays(String(p.contractedOn), rng.int(150, 190));
  }

  // 1. The 20GW heterojunction project: fills 异质结电池, intensive, funded, in a park positioned for it.
  const hjt = byName('百亿级20GW异质结电池项目');
  propose(hjt, {
    proposedLandMu: 800,
    proposedOutputYi: 100,
    proposedTaxWan: 40000,
    yearsToFullOutput: 3,
    fundingSecuredShare: 0.55,
    fundingSources: '自有资金;银行贷款;产业基金',
    products: '异质结电池片;异质结组件',
    siteZoning: 'INDUSTRIAL',
  });
  check(String(hjt.investorUscc), addDays(onOf(hjt), 5));

  // 2. The largest target firm negotiating a project: a 失信被执行人 (veto), with the case number.
  const negotiating = early.filter((p) => p.stage === ProjectStage.NEGOTIATING && p.investorUscc && p.source !== 'ARTICLE_DEMO');
  const giant = [...negotiating].sort(
    (a, b) =>
      Number(firms.get(String(b.investorUscc))?.revenueYi ?? 0) - Number(firms.get(String(a.investorUscc))?.revenueYi ?? 0) ||
      String(a.id).localeCompare(String(b.id)),
  )[0];
  const amountOf = (p: Row): number => Number(p.amountYi);
  const landFor = (p: Row, perMuWan: number): number => Math.max(10, Math.round((amountOf(p) * 10000) / perMuWan));
  propose(giant, {
    proposedLandMu: landFor(giant, 450),
    proposedOutputYi: Math.round(amountOf(giant) * 1.8 * 10) / 10,
    proposedTaxWan: Math.round(landFor(giant, 450) * 35),
    yearsToFullOutput: 2,
    fundingSecuredShare: 0.6,
    fundingSources: '自有资金;银行贷款',
    products: rng.pick(['核心部件', '成套设备', '关键材料']),
    siteZoning: 'INDUSTRIAL',
  });
  check(
    String(giant.investorUscc),
    addDays(onOf(giant), 3),
    { dishonestDebtor: true },
    '被列为失信被执行人，案号（2022）闽05执1234号（演示数据）',
  );

  // 3. A valve firm asking for much land for little investment: 附条件, with conditions.
  const valves = early.filter((p) => String(p.name).includes('入驻五矿智慧工坊意向项目'));
  const hungry = valves[0];
  propose(hungry, {
    proposedLandMu: Math.round((amountOf(hungry) * 10000) / 150),
    proposedOutputYi: Math.round(amountOf(hungry) * 1.2 * 10) / 10,
    proposedTaxWan: Math.round(((amountOf(hungry) * 10000) / 150) * 12),
    yearsToFullOutput: 5,
    fundingSecuredShare: 0.25,
    fundingSources: '自有资金',
    products: '阀门铸件',
    siteZoning: 'INDUSTRIAL',
  });
  check(String(hungry.investorUscc), addDays(onOf(hungry), 7));

  // 4. A planned project whose investor defaulted on an earlier project here.
  const defaulted = projects
    .filter((p) => p.stage === ProjectStage.DEFAULTED && p.investorUscc)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))[0];
  const plannedFree = early.filter((p) => p.stage === ProjectStage.PLANNED && !p.investorUscc && p.source !== 'ARTICLE_DEMO');
  const relapse = plannedFree.find((p) => p.industryCode === defaulted?.industryCode) ?? plannedFree[0];
  if (defaulted && relapse) {
    relapse.investorUscc = defaulted.investorUscc;
    propose(relapse, {
      proposedLandMu: landFor(relapse, 700),
      proposedOutputYi: Math.round(amountOf(relapse) * 1.5 * 10) / 10,
      proposedTaxWan: Math.round(landFor(relapse, 700) * 28),
      yearsToFullOutput: 3,
      fundingSecuredShare: 0.5,
      fundingSources: '自有资金;银行贷款',
      products: '扩产项目主要产品',
      siteZoning: 'INDUSTRIAL',
    });
    check(String(defaulted.investorUscc), addDays(onOf(relapse), 2));
  }

  // 5. More proposals across the chains: other valve firms, negotiating targets and the named planned projects.
  const named = ['预制菜产业园项目', '新松应急安全科创谷项目', '高端模具产业园项目'].map(byName).filter(Boolean);
  const more = [...valves.slice(1, 7), ...negotiating.filter((p) => p !== giant).slice(0, 8), ...named];
  for (const p of more) {
    const perMu = rng.pick([180, 260, 320, 420, 600]);
    const land = landFor(p, perMu);
    propose(p, {
      proposedLandMu: rng.chance(0.2) ? undefined : land,
      proposedFactorySqm: rng.chance(0.2) ? land * 800 : undefined,
      proposedOutputYi: rng.chance(0.15) ? undefined : Math.round(amountOf(p) * rng.pick([0.8, 1.2, 1.6, 2.2]) * 10) / 10,
      proposedTaxWan: rng.chance(0.15) ? undefined : Math.round(land * rng.pick([12, 20, 28, 40])),
      yearsToFullOutput: rng.pick([2, 3, 3, 4, 5]),
      fundingSecuredShare: rng.chance(0.15) ? undefined : rng.pick([0.2, 0.35, 0.5, 0.7]),
      fundingSources: rng.shuffle(FUNDING).slice(0, rng.int(1, 3)).join(';'),
      products: linksOf.get(String(p.id))?.length ? `${String(p.name).replace(/项目$/, '')}产品` : undefined,
      siteZoning: rng.chance(0.7) ? 'INDUSTRIAL' : undefined,
    });
    if (p.investorUscc && rng.chance(0.75)) check(String(p.investorUscc), addDays(onOf(p), rng.int(1, 20)));
  }

  // What signed projects declared before signing (their land, output and tax are the agreement's):
  // funding in place, products and the site. Invented; the defaulters declared less funding in place,
  // so the calibration has something to find (docs/assessment.md says so).
  const proposed = new Set(proposals.map((p) => p.projectId));
  for (const p of projects.filter((x) => x.signedOn && !proposed.has(x.id))) {
    const links = linksOf.get(String(p.id)) ?? [];
    proposals.push({
      projectId: p.id,
      fundingSecuredShare: p.stage === ProjectStage.DEFAULTED ? rng.pick([0.1, 0.15, 0.2, 0.3]) : rng.pick([0.2, 0.3, 0.4, 0.5, 0.6, 0.8]),
      fundingSources: rng.shuffle(FUNDING).slice(0, rng.int(1, 3)).join(';'),
      products: links.length > 0 ? `${String(p.name).replace(/(项目|生产基地项目|产业化项目)$/, '')}产品` : undefined,
      siteZoning: rng.chance(0.8) ? 'INDUSTRIAL' : undefined,
    });
  }

  // Credit checks before most signings (the calibration reads the latest check up to the signing day);
  // a few found something, which the outcome does not know about.
  for (const p of projects.filter((x) => x.signedOn && x.investorUscc)) {
    if (!rng.chance(0.7)) continue;
    const flagged = rng.chance(0.04);
    check(
      String(p.investorUscc),
      addDays(String(p.signedOn), -rng.int(3, 40)),
      flagged ? { businessAbnormal: true } : {},
      flagged ? '曾列入经营异常名录，已移出（演示数据）' : undefined,
    );
  }

  // The 招商专家库: eleven outside experts and one who is an officer of a chamber the 异质结 investor's
  // chairman belongs to — a conflict two hops away (expert → chamber ← chairman → investor).
  const experts: Row[] = EXPERTS.map(([name, field, organisation, chains], i) => ({
    id: `EX-${String(i + 1).padStart(2, '0')}`,
    name,
    field,
    organisation,
    industryCodes: chains.join(';'),
    source: 'DEMO',
  }));
  const executives = rows(files, 'executives');
  const members = rows(files, 'chamber_members');
  const supplies = rows(files, 'enterprise_supplies');
  const people = new Map(rows(files, 'people').map((p) => [String(p.id), p]));
  // Two hops from a proposal's investor: an officer of a chamber its executive belongs to, else an
  // executive of a firm it trades with.
  const twoHops = (uscc: string): string | undefined => {
    const execs = new Set(executives.filter((x) => x.uscc === uscc).map((x) => String(x.personId)));
    const chambers = new Set(members.filter((m) => execs.has(String(m.personId))).map((m) => m.chamberId));
    const officer = members
      .filter((m) => chambers.has(m.chamberId) && !execs.has(String(m.personId)) && OFFICERS.has(String(m.role)))
      .map((m) => String(m.personId))
      .sort()[0];
    if (officer) return officer;
    const partners = new Set(
      supplies.flatMap((x) => (x.supplierUscc === uscc ? [x.customerUscc] : x.customerUscc === uscc ? [x.supplierUscc] : [])),
    );
    return executives
      .filter((x) => partners.has(x.uscc))
      .map((x) => String(x.personId))
      .sort()[0];
  };
  const conflicted = [hjt, ...more]
    .filter((p) => p.investorUscc)
    .map((p) => twoHops(String(p.investorUscc)))
    .find((x) => x !== undefined);
  if (!conflicted) throw new Error('demo: no proposal’s investor has anyone two hops away to conflict with');
  experts.push({
    id: 'EX-12',
    name: String(people.get(conflicted)?.name),
    field: '产业投资',
    organisation: '南安市某商会',
    personId: conflicted,
    industryCodes: 'NE;IC;EQUIP;SAFETY;FOOD',
    source: 'DEMO',
  });

  files.set('proposals', proposals);
  files.set(
    'credit_checks',
    [...checks.values()].sort((a, b) => `${a.uscc}${a.checkedOn}`.localeCompare(`${b.uscc}${b.checkedOn}`)),
  );
  files.set('experts', experts);
}
