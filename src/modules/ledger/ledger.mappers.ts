import {
  DEFAULT_DISPOSAL_ZH,
  DefaultDisposal,
  FOLLOW_UP_KIND_ZH,
  FollowUpKind,
  MILESTONE_KIND_ZH,
  MilestoneKind,
} from '../../domain/enums';
import { ProjectStage } from '../../domain/project-stage';
import type { Team } from '../../graph/team.type';
import type { DefaultCaseRow, FollowUpRow, MilestoneRow } from './ledger.queries';
import type { DefaultCase, FollowUp, Milestone } from './ledger.type';

/** Rows of the ledger's Cypher into the GraphQL types, with the Chinese labels analysts read. */
export function toFollowUp(r: FollowUpRow, team: Team | null): FollowUp {
  const kind = r.kind as FollowUpKind;
  return { ...r, kind, kindLabel: FOLLOW_UP_KIND_ZH[kind] ?? r.kind, team };
}

export function toMilestone(r: MilestoneRow): Milestone {
  const kind = r.kind as MilestoneKind;
  return { ...r, kind, kindLabel: MILESTONE_KIND_ZH[kind] ?? r.kind };
}

export function toDefaultCase(r: DefaultCaseRow): DefaultCase {
  const disposal = r.disposal as DefaultDisposal;
  return { ...r, disposal, disposalLabel: DEFAULT_DISPOSAL_ZH[disposal] ?? r.disposal, stageBefore: r.stageBefore as ProjectStage };
}
