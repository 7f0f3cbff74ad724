import fs from 'node:fs';
import { AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './domain/analysis-config';
import { isCalendarDate } from './domain/calendar';
import { Office } from './domain/offices';
import { VetoKind } from './domain/assessment.model';

function merge<T>(base: T, over: unknown, path: string): T {
  if (over === undefined) return base;
  if (typeof base === 'number') {
    if (typeof over !== 'number' || !Number.isFinite(over) || over < 0) throw new Error(`${path} must be a non-negative number`);
    return over as T;
  }
  if (typeof base === 'string') {
    if (typeof over !== 'string') throw new Error(`${path} must be a string`);
    return over as T;
  }
  if (Array.isArray(base)) {
    // Lists are replaced whole; their items are checked where the list is used (checkAssessment).
    if (!Array.isArray(over)) throw new Error(`${path} must be a list`);
    return over as T;
  }
  if (typeof over !== 'object' || over === null || Array.isArray(over)) throw new Error(`${path} must be an object`);
  // An empty map by default is keyed by data (chain codes, park ids): its entries are checked where used.
  if (Object.keys(base as object).length === 0) return over as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) {
    if (!(k in out)) throw new Error(`${path}.${k} is not a setting`);
    out[k] = merge(out[k], v, `${path}.${k}`);
  }
  return out as T;
}

/** Offices must be offices and dates dates: a typo would otherwise surface as a wrong warning months later. */
function checkLanding(config: AnalysisConfig): void {
  const offices = Object.values(Office) as string[];
  const l = config.landing;
  const named: Array<[string, string]> = [
    ...Object.entries(l.offices.leads).map(([k, v]): [string, string] => [`analysis.landing.offices.leads.${k}`, v]),
    ...(['noContract', 'lateStart', 'missedMilestone', 'idleFund'] as const).map((k): [string, string] => [
      `analysis.landing.warnings.${k}.office`,
      l.warnings[k].office,
    ]),
  ];
  for (const [path, v] of named) if (!offices.includes(v)) throw new Error(`${path} must be one of ${offices.join(', ')}`);
  for (const k of ['fromOn', 'toOn'] as const)
    if (!isCalendarDate(l.idleLandTask[k])) throw new Error(`analysis.landing.idleLandTask.${k} must be a date YYYY-MM-DD`);
}

/** Per-chain points must still add up to 100, and the lists hold what they should. */
function checkAssessment(config: AnalysisConfig): void {
  const a = config.assessment;
  const keys = Object.keys(a.weights);
  const total = (w: Record<string, number>): number => Object.values(w).reduce((s, x) => s + x, 0);
  if (Math.abs(total(a.weights as unknown as Record<string, number>) - 100) > 1e-6)
    throw new Error(
      `analysis.assessment.weights must add up to 100 (they add up to ${total(a.weights as unknown as Record<string, number>)})`,
    );
  for (const [chain, w] of Object.entries(a.weightsByChain)) {
    const merged: Record<string, unknown> = { ...a.weights, ...w };
    for (const [k, v] of Object.entries(merged)) {
      if (!keys.includes(k)) throw new Error(`analysis.assessment.weightsByChain.${chain}.${k} is not a part`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new Error(`analysis.assessment.weightsByChain.${chain}.${k} must be a non-negative number`);
    }
    const sum = total(merged as Record<string, number>);
    if (Math.abs(sum - 100) > 1e-6)
      throw new Error(`analysis.assessment.weightsByChain.${chain} must add up to 100 with the defaults (it adds up to ${sum})`);
  }
  for (const [name, map] of [
    ['floorsByChain', a.floorsByChain],
    ['floorsByPark', a.floorsByPark],
  ] as const) {
    for (const [key, floors] of Object.entries(map)) {
      for (const [k, v] of Object.entries(floors ?? {})) {
        if (!(k in a.floors)) throw new Error(`analysis.assessment.${name}.${key}.${k} is not a floor`);
        if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
          throw new Error(`analysis.assessment.${name}.${key}.${k} must be a positive number`);
      }
    }
  }
  const vetoKinds = Object.values(VetoKind) as string[];
  for (const v of a.vetoes)
    if (!vetoKinds.includes(v)) throw new Error(`analysis.assessment.vetoes: ${String(v)} is not one of ${vetoKinds.join(', ')}`);
  for (const n of a.negativeList)
    if (typeof n?.keyword !== 'string' || n.keyword.trim() === '' || typeof n.reason !== 'string')
      throw new Error('analysis.assessment.negativeList items are {"keyword": "…", "reason": "…"}');
  for (const c of a.leadingChains) if (typeof c !== 'string') throw new Error('analysis.assessment.leadingChains lists chain codes');
  if (a.bands.conditional > a.bands.pass) throw new Error('analysis.assessment.bands.conditional must not exceed bands.pass');
  if (a.fundingFullShare > 1 || a.fundingFullShare <= 0) throw new Error('analysis.assessment.fundingFullShare must be in (0, 1]');
}

/** Every task set for a chain, team, park or the 百日攻坚 has the four figures, each a non-negative number. */
function checkTasks(config: AnalysisConfig): void {
  const p = config.pipeline;
  const tasks: Array<[string, unknown]> = [
    ...Object.entries(p.taskByIndustry).map(([k, v]): [string, unknown] => [`analysis.pipeline.taskByIndustry.${k}`, v]),
    ...Object.entries(p.taskByTeam).map(([k, v]): [string, unknown] => [`analysis.pipeline.taskByTeam.${k}`, v]),
    ...Object.entries(p.taskByPark).map(([k, v]): [string, unknown] => [`analysis.pipeline.taskByPark.${k}`, v]),
    ...(Object.keys(p.campaignTask).length ? [['analysis.pipeline.campaignTask', p.campaignTask] as [string, unknown]] : []),
  ];
  for (const [path, t] of tasks) {
    const task = (t ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(p.annualTask))
      if (typeof task[k] !== 'number' || !Number.isFinite(task[k]) || task[k] < 0)
        throw new Error(`${path}.${k} must be a non-negative number`);
    for (const k of Object.keys(task)) if (!(k in p.annualTask)) throw new Error(`${path}.${k} is not a setting`);
  }
}

/** Defaults, overridden by the JSON file at `file` when given. */
export function loadAnalysisConfig(file?: string): AnalysisConfig {
  if (!file) return DEFAULT_ANALYSIS_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`ANALYSIS_CONFIG_FILE ${file} is not readable JSON: ${(e as Error).message}`);
  }
  const config = merge(DEFAULT_ANALYSIS_CONFIG, json, 'analysis');
  if (config.portfolio.closurePerFirm > 1) throw new Error('analysis.portfolio.closurePerFirm must be at most 1');
  checkLanding(config);
  checkAssessment(config);
  checkTasks(config);
  return config;
}

/** The analysis settings in force, owned by the server and handed to services by the request scope. */
export class AnalysisSettings {
  constructor(
    readonly config: AnalysisConfig = DEFAULT_ANALYSIS_CONFIG,
    /**
     * Score every candidate's warm paths rather than only those of the candidates that can reach a
     * ranking's page. The pages are the same, only slower: tests hold the pruned ranking to it.
     */
    readonly scoreEveryCandidate = false,
  ) {}
}
