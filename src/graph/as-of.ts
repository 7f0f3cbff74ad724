/** The graph as it stood on a day (回测, 预评估校准): what was known then, pure. */
import { stageOn } from '../domain/project-stage';
import type { CandidateRow, LinkMetricsRow } from './chain-facts.queries';

/**
 * A project as it stood on `asOf`: its stage then (the latest stage entered by that day), or null
 * when it had entered none yet. A project with no stage dates at all is taken as it is (undated).
 */
export function projectAsOf<P extends { stage: string }>(p: P, asOf: string): P | null {
  const stage = stageOn(p, asOf);
  return stage === null ? null : stage === p.stage ? p : { ...p, stage };
}

const known = (on: string | null | undefined, asOf: string): boolean => !on || on <= asOf;

/** Link metrics with the pipeline as it stood on `asOf` (projects not yet entered are left out). */
export function metricsAsOf(rows: LinkMetricsRow[], asOf: string): LinkMetricsRow[] {
  return rows.map((r) => ({ ...r, projects: r.projects.flatMap((p) => projectAsOf(p, asOf) ?? []) }));
}

/**
 * Target candidates as they stood on `asOf`: firms added to the library later are left out, intent
 * signals dated later are off, and their projects are as of that day. Undated facts are taken as known.
 */
export function candidatesAsOf(rows: CandidateRow[], asOf: string): CandidateRow[] {
  return rows
    .filter((r) => known(r.target.targetSince, asOf))
    .map((r) => ({
      ...r,
      target: {
        ...r.target,
        expansionPlan: r.target.expansionPlan === true && known(r.target.expansionPlanOn, asOf),
        recentFinancing: r.target.recentFinancing === true && known(r.target.recentFinancingOn, asOf),
      },
      pipeline: r.pipeline.flatMap((p) => projectAsOf(p, asOf) ?? []),
    }));
}
