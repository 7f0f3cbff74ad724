import fs from 'node:fs';
import { AnalysisConfig, DEFAULT_ANALYSIS_CONFIG } from './domain/analysis-config';
import { isCalendarDate } from './domain/calendar';
import { Office } from './domain/offices';

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
  if (typeof over !== 'object' || over === null || Array.isArray(over)) throw new Error(`${path} must be an object`);
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
