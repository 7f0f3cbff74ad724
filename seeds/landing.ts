/**
 * The landing half of the demo (五池五办, docs/landing.md), invented and labelled DEMO unless the
 * article names it: plots whose AVAILABLE areas add up to each park's available land exactly, idle
 * plots with part of their 盘活 done, the 20 亿 industry fund set up with 招商局资本 (ARTICLE_DEMO) and
 * its commitments, agreement terms, approval steps, service requests, handoffs between the five offices
 * and annual reports — dated around the demo's as-of day (2022-12-15) so that, on that day, every
 * warning colour and every 分类处置 appears.
 */
import { APPROVAL_TEMPLATES, ApprovalTemplate, DEFAULT_APPROVAL_WORKDAYS } from '../src/domain/approval-templates';
import { DEFAULT_ANALYSIS_CONFIG } from '../src/domain/analysis-config';
import { addDays } from '../src/domain/calendar';
import { Office } from '../src/domain/offices';
import { ProjectStage } from '../src/domain/project-stage';
import { addWorkdays, CHINESE_WORKDAYS } from '../src/domain/workdays';
import { Rng } from './rng';

type Row = Record<string, string | number | boolean | undefined>;

const AS_OF = '2022-12-15';
const ZONING = ['一类工业用地 M1', '二类工业用地 M2'];
const INTENSITY_WAN: Record<string, number> = { IC: 500, NE: 400, PLUMB: 250, STONE: 200, EQUIP: 300, SAFETY: 300, FOOD: 250, TOUR: 150 };
const HELD: Partial<Record<ProjectStage, string>> = {
  [ProjectStage.SIGNED]: 'RESERVED',
  [ProjectStage.CONTRACTED]: 'ALLOCATED',
  [ProjectStage.PERFORMING]: 'ALLOCATED',
  [ProjectStage.STARTED]: 'BUILDING',
  [ProjectStage.PRODUCING]: 'PRODUCING',
};
const AFTER_CONTRACT = new Set<string>([ProjectStage.CONTRACTED, ProjectStage.PERFORMING, ProjectStage.STARTED, ProjectStage.PRODUCING]);
const min = (a: string, b: string): string => (a < b ? a : b);

/** Splits `total` (whole 亩) into parts of lo..hi, the last taking the rest. */
function split(rng: Rng, total: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  let left = total;
  while (left > hi) {
    const x = rng.int(lo, hi);
    out.push(x);
    left -= x;
  }
  if (left > 0) out.push(left);
  return out;
}

export function landingData(rng: Rng, files: Map<string, Row[]>): void {
  const parks = files.get('parks')!;
  const projects = files.get('projects')!;
  const plots: Row[] = [];
  const agreements: Row[] = [];
  const steps: Row[] = [];
  const requests: Row[] = [];
  const handoffs: Row[] = [];
  const reports: Row[] = [];
  const leads = DEFAULT_ANALYSIS_CONFIG.landing.offices.leads;
  const handoffDays = DEFAULT_ANALYSIS_CONFIG.landing.offices.handoffDays;
  const industriesOf = new Map<string, string[]>();
  for (const p of files.get('park_positions')!) {
    const list = industriesOf.get(p.parkId as string) ?? [];
    if (!list.includes(p.industryCode as string)) list.push(p.industryCode as string);
    industriesOf.set(p.parkId as string, list);
  }
  const plotFacts = (parkId: string): Row => {
    const chains = industriesOf.get(parkId) ?? [];
    const floor = Math.min(...chains.map((c) => INTENSITY_WAN[c] ?? 250), 300);
    return {
      zoning: rng.pick(ZONING),
      plannedUse: '工业',
      industryCodes: chains.join(';'),
      floorAreaRatio: rng.pick([1.2, 1.5, 2.0]),
      investmentFloorWanPerMu: floor,
      taxFloorWanPerMu: rng.pick([15, 20, 25]),
      source: 'DEMO',
    };
  };

  // Held plots first (each takes from the park's used land), then idle ones, then the available land.
  const usedLeft = new Map(parks.map((p) => [p.id as string, (p.totalLandMu as number) - (p.availableLandMu as number)]));
  const plotOf = new Map<string, { id: string; areaMu: number }>();
  const counter = new Map<string, number>();
  const nextId = (parkId: string): string => {
    const n = (counter.get(parkId) ?? 0) + 1;
    counter.set(parkId, n);
    return `LP-${parkId.slice(3)}-${String(n).padStart(3, '0')}`;
  };
  for (const p of projects) {
    const status = HELD[p.stage as ProjectStage];
    const parkId = p.parkId as string | undefined;
    if (!status || !parkId) continue;
    const intensity = INTENSITY_WAN[p.industryCode as string] ?? 300;
    const want = Math.max(10, Math.min(300, Math.round(((p.amountYi as number) * 10000) / intensity)));
    const left = usedLeft.get(parkId)!;
    if (left < want + 20) continue;
    usedLeft.set(parkId, left - want);
    const id = nextId(parkId);
    const on = (p.producingOn ?? p.startedOn ?? p.contractedOn ?? p.signedOn) as string;
    plots.push({ id, parkId, areaMu: want, ...plotFacts(parkId), status, statusOn: on, projectId: p.id });
    plotOf.set(p.id as string, { id, areaMu: want });
  }
  for (const park of parks) {
    const parkId = park.id as string;
    // Some of the used land lies idle; part of it is being revitalized (盘活).
    if (rng.chance(0.6)) {
      const idle = Math.floor((usedLeft.get(parkId) ?? 0) * rng.tenth(0.2, 0.5));
      for (const areaMu of split(rng, idle, 30, 150)) {
        const revitalizing = rng.chance(0.55);
        const revitalizedMu = revitalizing ? Math.round(areaMu * rng.tenth(0.2, 0.9)) : 0;
        plots.push({
          id: nextId(parkId),
          parkId,
          areaMu,
          ...plotFacts(parkId),
          status: revitalizing ? 'REVITALIZING' : 'IDLE',
          statusOn: addDays('2022-03-01', rng.int(0, 240)),
          revitalizedMu,
        });
      }
    }
    for (const areaMu of split(rng, park.availableLandMu as number, 20, 120))
      plots.push({ id: nextId(parkId), parkId, areaMu, ...plotFacts(parkId), status: 'AVAILABLE', statusOn: '2022-01-04' });
  }

  // Agreement terms, handoffs and approval steps for every project under contract.
  const calendar = CHINESE_WORKDAYS;
  let producingSeen = 0;
  for (const p of projects) {
    const id = p.id as string;
    const stage = p.stage as ProjectStage;
    if (!AFTER_CONTRACT.has(stage)) {
      if (stage === ProjectStage.SIGNED) agreements.push({ projectId: id, leadOffice: leads[stage], source: 'DEMO' });
      continue;
    }
    const contracted = p.contractedOn as string;
    const amount = p.amountYi as number;
    const template = amount < 3 ? ApprovalTemplate.STANDARD_FACTORY : ApprovalTemplate.NEW_LAND;
    // Projects already producing were promised to produce about when they did, and owe their 达产
    // figures from 2022 (so the 2022 review has output and tax to judge); the others promise later.
    const producing = stage === ProjectStage.PRODUCING;
    const agreedStart = producing ? addDays(p.startedOn as string, -rng.int(0, 30)) : addDays(contracted, rng.int(60, 200));
    const agreedProduce = producing ? addDays(p.producingOn as string, rng.int(-20, 20)) : addDays(agreedStart, rng.int(300, 540));
    const output = Math.round(amount * rng.tenth(1.0, 2.0) * 10) / 10;
    agreements.push({
      projectId: id,
      approvalTemplate: template,
      leadOffice: leads[stage],
      agreedStartOn: agreedStart,
      agreedProduceOn: agreedProduce,
      promisedInvestmentYi: amount,
      promisedInvestmentByOn: producing ? '2022-12-31' : addDays(agreedProduce, 180),
      fullOutputYear: producing ? 2022 : Number(agreedProduce.slice(0, 4)) + 1,
      promisedOutputYi: output,
      promisedTaxWan: Math.round((output * 10000 * rng.int(30, 60)) / 1000),
      landMu: plotOf.get(id)?.areaMu,
      source: 'DEMO',
    });
    // The offices hand the project on as it moves: 招商办 → 园区办 → 前期办 → 重点办.
    const moves: Array<[Office, Office, string | undefined]> = [
      [Office.INVESTMENT, Office.PARKS, p.contractedOn as string],
      [Office.PARKS, Office.PREPARATION, p.performingOn as string | undefined],
      [Office.PREPARATION, Office.KEY_PROJECTS, p.startedOn as string | undefined],
    ];
    moves.forEach(([from, to, on], i) => {
      if (on)
        handoffs.push({
          id: `HO-${id.slice(3)}-${i + 1}`,
          projectId: id,
          fromOffice: from,
          toOffice: to,
          on,
          dueOn: addDays(on, handoffDays[to]),
          note: `${['合同已签，请落实用地', '已供地，请启动前期审批', '施工许可已办结，转入建设服务'][i]}`,
          source: 'DEMO',
        });
    });
    // Approval steps from the template: done before 开工; under way (some overdue) before it.
    const started = p.startedOn as string | undefined;
    const done = new Map<string, string>();
    const begin = (p.performingOn ?? contracted) as string;
    const lag = rng.int(0, 3);
    for (const s of APPROVAL_TEMPLATES[template]) {
      const workdays = DEFAULT_APPROVAL_WORKDAYS[template][s.code];
      const ready =
        s.after.length === 0
          ? begin
          : s.after.map((a) => done.get(a)).reduce((a, b) => (a && b ? (a > b ? a : b) : undefined), begin as string | undefined);
      const row: Row = {
        projectId: id,
        code: s.code,
        name: s.name,
        office: s.office,
        workdays,
        after: s.after.join(';'),
        agent: rng.chance(0.7) ? `帮代办专员${rng.int(1, 12)}号` : undefined,
        owner: `${s.office === Office.PARKS ? '园区办' : '前期办'}经办人${rng.int(1, 8)}号`,
        source: 'DEMO',
      };
      if (ready && ready <= AS_OF) {
        const startedOn = addWorkdays(calendar, ready, 1);
        const dueOn = addWorkdays(calendar, startedOn, Math.max(0, workdays - 1));
        // Before 开工, some steps run over (the warnings' OVERDUE_TASK); after it, all are done.
        const slip = started ? rng.int(-2, 2) : lag * rng.int(0, 12);
        const finish = addWorkdays(calendar, dueOn, slip);
        const doneOn = started ? min(finish, started) : finish <= AS_OF ? finish : undefined;
        if (startedOn <= AS_OF) {
          Object.assign(row, { startedOn: min(startedOn, doneOn ?? startedOn), dueOn, doneOn });
          if (doneOn) done.set(s.code, doneOn);
        }
      }
      steps.push(row);
    }
    // Service requests of key projects in construction (重点办).
    if ((p.keyProject === true || p.keyProject === 'true') && (stage === ProjectStage.PERFORMING || stage === ProjectStage.STARTED)) {
      const kinds = ['UTILITIES', 'LABOUR', 'ROADS', 'FACILITIES', 'FINANCING'];
      const texts: Record<string, string> = {
        UTILITIES: '施工用电增容及燃气接入',
        LABOUR: '招聘一线技术工人约 200 名',
        ROADS: '厂区连接道路硬化',
        FACILITIES: '员工宿舍与食堂配套',
        FINANCING: '设备购置贷款贴息',
      };
      for (let k = 0; k < rng.int(1, 2); k++) {
        const kind = rng.pick(kinds);
        const openedOn = addDays((p.performingOn ?? contracted) as string, rng.int(5, 120));
        if (openedOn > AS_OF) continue;
        const dueOn = addDays(openedOn, rng.int(20, 60));
        const resolved = rng.chance(0.5) && dueOn <= AS_OF;
        requests.push({
          id: `SR-${id.slice(3)}-${k + 1}`,
          projectId: id,
          kind,
          description: texts[kind],
          office: kind === 'FINANCING' ? Office.STATE_ASSETS : kind === 'FACILITIES' ? Office.PARKS : Office.KEY_PROJECTS,
          owner: `重点办专员${rng.int(1, 6)}号`,
          openedOn,
          dueOn,
          status: resolved ? 'RESOLVED' : 'OPEN',
          resolvedOn: resolved ? addDays(openedOn, rng.int(5, 40)) : undefined,
          resolution: resolved ? '已协调相关部门办结' : undefined,
          source: 'DEMO',
        });
      }
    }
    // Annual figures for 2022 from projects in production (some short of their promise, some unreported).
    // Every fifth producing project did not report (the review's NO_REPORT).
    if (producing && ++producingSeen % 5 !== 0) {
      const a = agreements[agreements.length - 1];
      const ratio = rng.pick([1.1, 0.95, 0.8, 0.4]);
      reports.push({
        projectId: id,
        year: 2022,
        investedYi: Math.round(amount * rng.pick([1, 0.9, 0.6]) * 10) / 10,
        outputYi: Math.round((a.promisedOutputYi as number) * ratio * 10) / 10,
        taxWan: Math.round((a.promisedTaxWan as number) * ratio),
        employees: rng.int(50, 600),
        source: 'DEMO',
      });
    }
  }

  // The 20 亿 产业引导基金 set up with 招商局资本 (named in the article; its commitments are DEMO).
  const fund = { id: 'FUND-NA-GUIDE', name: '南安市产业引导基金', sizeYi: 20, manager: '招商局资本', setUpOn: '2022-09-01' };
  const commitments: Row[] = [];
  let committed = 0;
  for (const p of projects.filter((x) => AFTER_CONTRACT.has(x.stage as string) && (x.amountYi as number) >= 5)) {
    if (committed >= 14 || !rng.chance(0.25)) continue;
    const amountYi = Math.min(14 - committed, Math.round(Math.min(3, (p.amountYi as number) * 0.1) * 10) / 10);
    if (amountYi <= 0) continue;
    committed += amountYi;
    const committedOn = addDays(fund.setUpOn, rng.int(0, 90));
    commitments.push({
      id: `FC-${(p.id as string).slice(3)}`,
      fundId: fund.id,
      projectId: p.id,
      amountYi,
      investedYi: rng.pick([0, Math.round(amountYi * 5) / 10, amountYi]),
      committedOn,
      source: 'DEMO',
    });
  }

  files.set('agreements', agreements);
  files.set('land_plots', plots);
  files.set('funds', [{ ...fund, industryCodes: 'IC;NE;EQUIP;SAFETY', source: 'ARTICLE_DEMO' }]);
  files.set('fund_commitments', commitments);
  files.set('approval_steps', steps);
  files.set('service_requests', requests);
  files.set('handoffs', handoffs);
  files.set('annual_reports', reports);
}
