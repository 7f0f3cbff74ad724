/**
 * The project-stage ladder (项目阶段), its one home: the stages, their order, the day each was
 * entered, which count as signed, under way or prospects, and the legal moves. The ledger, the
 * importer, the pure models, the backtest and the demo generator all read it from here.
 */

/** Project stages. The first seven form the ladder, in order; the last two end a project's climb. */
export enum ProjectStage {
  PLANNED = 'PLANNED',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  CONTRACTED = 'CONTRACTED',
  PERFORMING = 'PERFORMING',
  STARTED = 'STARTED',
  PRODUCING = 'PRODUCING',
  DEFAULTED = 'DEFAULTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const PROJECT_STAGE_ZH: Record<ProjectStage, string> = {
  PLANNED: '策划',
  NEGOTIATING: '对接',
  SIGNED: '签约',
  CONTRACTED: '正式合同',
  PERFORMING: '履约',
  STARTED: '开工',
  PRODUCING: '投产',
  DEFAULTED: '违约',
  WITHDRAWN: '退库',
};

/** Every stage, ladder first, then the two that end it. */
export const ALL_STAGES: readonly ProjectStage[] = Object.values(ProjectStage);

/** The ladder a project climbs one step at a time (策划 → … → 投产). */
export const STAGE_PROGRESSION: readonly ProjectStage[] = [
  ProjectStage.PLANNED,
  ProjectStage.NEGOTIATING,
  ProjectStage.SIGNED,
  ProjectStage.CONTRACTED,
  ProjectStage.PERFORMING,
  ProjectStage.STARTED,
  ProjectStage.PRODUCING,
];

/** The project property that records the day it entered each stage. */
export type StageDateField =
  | 'plannedOn'
  | 'negotiatingOn'
  | 'signedOn'
  | 'contractedOn'
  | 'performingOn'
  | 'startedOn'
  | 'producingOn'
  | 'defaultedOn'
  | 'withdrawnOn';
export const STAGE_DATE_FIELD: Record<ProjectStage, StageDateField> = {
  PLANNED: 'plannedOn',
  NEGOTIATING: 'negotiatingOn',
  SIGNED: 'signedOn',
  CONTRACTED: 'contractedOn',
  PERFORMING: 'performingOn',
  STARTED: 'startedOn',
  PRODUCING: 'producingOn',
  DEFAULTED: 'defaultedOn',
  WITHDRAWN: 'withdrawnOn',
};

/** Where a new project may enter the ladder; later stages are reached one step at a time. */
export const ENTRY_STAGES: readonly ProjectStage[] = [ProjectStage.PLANNED, ProjectStage.NEGOTIATING, ProjectStage.SIGNED];

/** Signed and still on the ladder (签约 and after): such a project can default. */
export const SIGNED_STAGES: readonly ProjectStage[] = STAGE_PROGRESSION.slice(STAGE_PROGRESSION.indexOf(ProjectStage.SIGNED));

/** Signed and not yet producing: the stages a project may overstay (逾期) and whose gap credit is configured. */
export type UnderwayStage = ProjectStage.SIGNED | ProjectStage.CONTRACTED | ProjectStage.PERFORMING | ProjectStage.STARTED;
export const UNDERWAY_STAGES: readonly UnderwayStage[] = [
  ProjectStage.SIGNED,
  ProjectStage.CONTRACTED,
  ProjectStage.PERFORMING,
  ProjectStage.STARTED,
];

/** Before signing (策划, 对接): a prospect that does not yet change a chain's diagnosis. */
export const PROSPECT_STAGES: readonly ProjectStage[] = [ProjectStage.PLANNED, ProjectStage.NEGOTIATING];

/** In talks or under way, not yet producing: a project whose land need is still to be met. */
export const LAND_PENDING_STAGES: readonly ProjectStage[] = [ProjectStage.NEGOTIATING, ...UNDERWAY_STAGES];

export function isStage(s: unknown): s is ProjectStage {
  return typeof s === 'string' && (ALL_STAGES as readonly string[]).includes(s);
}

/** The ladder's next step, or null at 投产 and off the ladder (违约, 退库). */
export function nextStage(current: ProjectStage): ProjectStage | null {
  const i = STAGE_PROGRESSION.indexOf(current);
  return i >= 0 && i < STAGE_PROGRESSION.length - 1 ? STAGE_PROGRESSION[i + 1] : null;
}

/**
 * Whether a project recorded at `before` may be recorded at `after` (an import may move it several
 * steps at once): never out of 违约 or 退库, never down the ladder.
 */
export function canMove(before: ProjectStage, after: ProjectStage): boolean {
  const b = STAGE_PROGRESSION.indexOf(before);
  const a = STAGE_PROGRESSION.indexOf(after);
  if (before === after) return true;
  if (b < 0) return false;
  return a < 0 || a >= b;
}

/** The day a project entered a stage, as its record holds it (an ISO date), or null. */
export function stageDate(p: object, stage: ProjectStage): string | null {
  const v = (p as Partial<Record<StageDateField, unknown>>)[STAGE_DATE_FIELD[stage]];
  return typeof v === 'string' ? v : null;
}

/** The latest day a project entered any stage (a new stage may not be dated before it). */
export function latestStageDate(p: object): string | null {
  const dates = ALL_STAGES.map((s) => stageDate(p, s)).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

/**
 * A project's stage as it stood on `asOf`: the latest stage entered by that day (the later stage on
 * the same day), null when it had entered none yet, and its recorded stage when it has no dates.
 */
export function stageOn(p: object & { stage: string }, asOf: string): string | null {
  const dated = ALL_STAGES.map((stage, order) => ({ stage, order, on: stageDate(p, stage) })).filter((x) => x.on !== null);
  if (dated.length === 0) return p.stage;
  const reached = dated.filter((x) => x.on! <= asOf);
  if (reached.length === 0) return null;
  return reached.reduce((a, b) => (b.on! > a.on! || (b.on === a.on && b.order > a.order) ? b : a)).stage;
}

/** The ladder stage the latest of these dates reaches (the demo generator dates projects, then stages them). */
export function stageReached(dates: Partial<Record<StageDateField, string>>): ProjectStage {
  let stage = ProjectStage.PLANNED;
  for (const s of STAGE_PROGRESSION) if (dates[STAGE_DATE_FIELD[s]]) stage = s;
  return stage;
}

/**
 * Where a project's stage and its dates disagree: every stage it passed through has a date (策划
 * may be undated), no stage after the current one has a date, a signed project has its signing
 * date, and the dates do not go backwards. Each problem names the date field at fault.
 */
export function stageDateProblems(
  stage: ProjectStage,
  dateOf: (s: ProjectStage) => string | undefined,
): Array<{ field: StageDateField | 'signedOn'; reason: string }> {
  const out: Array<{ field: StageDateField; reason: string }> = [];
  const needsDate = (): void =>
    void out.push({ field: STAGE_DATE_FIELD[stage], reason: `stage ${stage} (${PROJECT_STAGE_ZH[stage]}) needs the date it was entered` });
  const idx = STAGE_PROGRESSION.indexOf(stage);
  if (idx >= 0) {
    if (dateOf(stage) === undefined && stage !== ProjectStage.PLANNED) needsDate();
    for (const later of STAGE_PROGRESSION.slice(idx + 1)) {
      if (dateOf(later) !== undefined) {
        out.push({
          field: STAGE_DATE_FIELD[later],
          reason: `impossible stage jump: a ${stage} (${PROJECT_STAGE_ZH[stage]}) project cannot have entered ${later} (${PROJECT_STAGE_ZH[later]})`,
        });
      }
    }
    if (
      idx >= STAGE_PROGRESSION.indexOf(ProjectStage.SIGNED) &&
      dateOf(ProjectStage.SIGNED) === undefined &&
      stage !== ProjectStage.SIGNED
    ) {
      out.push({ field: 'signedOn', reason: `impossible stage jump: ${stage} (${PROJECT_STAGE_ZH[stage]}) without a signing date (签约)` });
    }
  } else {
    if (dateOf(stage) === undefined) needsDate();
    if (stage === ProjectStage.DEFAULTED && dateOf(ProjectStage.SIGNED) === undefined) {
      out.push({ field: 'signedOn', reason: 'impossible stage jump: only a signed project can default (违约)' });
    }
  }
  let prev: { stage: ProjectStage; on: string } | undefined;
  for (const s of STAGE_PROGRESSION) {
    const on = dateOf(s);
    if (on === undefined) continue;
    if (prev && on < prev.on) {
      out.push({
        field: STAGE_DATE_FIELD[s],
        reason: `${s} (${PROJECT_STAGE_ZH[s]}) on ${on} is before ${prev.stage} (${PROJECT_STAGE_ZH[prev.stage]}) on ${prev.on}`,
      });
    }
    prev = { stage: s, on };
  }
  return out;
}
