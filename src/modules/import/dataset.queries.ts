import type { CypherName } from '../../db/cypher-names';
import { defineQuery, Params, Query } from '../../db/query';

/** Writes one batch of a dataset file's rows (`UNWIND $rows … MERGE`); returns nothing. */
export type BatchWrite = Query<{ rows: Params[] }, Record<string, never>>;
const batch = (file: CypherName): BatchWrite => defineQuery<{ rows: Params[] }, Record<string, never>>(file, {});

export const WRITE = {
  countries: batch('import/countries'),
  cities: batch('import/cities'),
  towns: batch('import/towns'),
  industries: batch('import/industries'),
  chainLinks: batch('import/chain-links'),
  councils: batch('import/councils'),
  parks: batch('import/parks'),
  enterprises: batch('import/enterprises'),
  people: batch('import/people'),
  chambers: batch('import/chambers'),
  associations: batch('import/associations'),
  teams: batch('import/teams'),
  teamParents: batch('import/team-parents'),
  signingEvents: batch('import/signing-events'),
  projects: batch('import/projects'),
  linkSupplies: batch('import/link-supplies'),
  parkPositions: batch('import/park-positions'),
  enterpriseLinks: batch('import/enterprise-links'),
  enterpriseSupplies: batch('import/enterprise-supplies'),
  executives: batch('import/executives'),
  chamberMembers: batch('import/chamber-members'),
  associationMembers: batch('import/association-members'),
  teamFollows: batch('import/team-follows'),
  projectLinks: batch('import/project-links'),
  agreements: batch('import/agreements'),
  landPlots: batch('import/land-plots'),
  parkLand: batch('import/park-land'),
  funds: batch('import/funds'),
  fundCommitments: batch('import/fund-commitments'),
  approvalSteps: batch('import/approval-steps'),
  serviceRequests: batch('import/service-requests'),
  handoffs: batch('import/handoffs'),
  annualReports: batch('import/annual-reports'),
  proposals: batch('import/proposals'),
  creditChecks: batch('import/credit-checks'),
  experts: batch('import/experts'),
} as const;

/** Gives the graph a new version token in the import's own transaction (analysis caches key on it). */
/** Which of the keys already exist as nodes of the label (the label picks a fixed branch, never spliced). */
export const EXISTING_KEYS = defineQuery<{ label: string; keys: string[] }, { key: string }>('import/existing-keys', { key: 'string' });
export const PROJECT_STAGES = defineQuery<{ ids: string[] }, { id: string; stage: string }>('import/project-stages', {
  id: 'string',
  stage: 'string',
});

/** A node's state as an import's audit compares it: its properties (not its version) and its references. */
export interface NodeStateRow {
  key: string;
  props: Record<string, unknown>;
  refs: Record<string, unknown>;
}
const stateOf = (file: CypherName): Query<{ keys: string[] }, NodeStateRow> =>
  defineQuery<{ keys: string[] }, NodeStateRow>(file, { key: 'string', props: 'map', refs: 'map' });
export const PROJECT_STATES = stateOf('import/state-projects');
export const ENTERPRISE_STATES = stateOf('import/state-enterprises');
export const PERSON_STATES = stateOf('import/state-people');
export const PLOT_STATES = stateOf('import/state-plots');
export const FUND_STATES = stateOf('import/state-funds');
export const EXPERT_STATES = stateOf('import/state-experts');
/** Moves the version of each node an import changed (optimistic concurrency sees the import). */
export const MOVE_VERSIONS = defineQuery<{ changed: Array<{ label: string; key: string }> }, Record<string, never>>(
  'import/move-versions',
  {},
);
