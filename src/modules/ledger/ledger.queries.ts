import { defineQuery, defineRelation, nested, Shape } from '../../db/query';
import { Enterprise, ENTERPRISE_NODE } from '../../graph/enterprise.type';
import { Person, PERSON_NODE } from '../../graph/person.type';
import { Project, PROJECT_NODE } from '../../graph/project.type';

/** The project's state an audit entry compares: properties and references. */
export interface ProjectState {
  node: Project;
  industryCode: string | null;
  investorUscc: string | null;
  parkId: string | null;
  teamId: string | null;
  linkCodes: string[];
}

export const LOCK_PROJECT = defineQuery<{ id: string }, { id: string }>('ledger/lock-project', { id: 'string' });
export const PROJECT_STATE = defineQuery<{ id: string }, ProjectState>('ledger/project-state', {
  node: nested<ProjectState['node']>(PROJECT_NODE),
  industryCode: 'string?',
  investorUscc: 'string?',
  parkId: 'string?',
  teamId: 'string?',
  linkCodes: 'string[]',
});

export interface ProjectRefCheck {
  industryCode: string | null;
  investorUscc: string | null;
  parkId: string | null;
  teamId: string | null;
  linkCodes: string[] | null;
}
export const PROJECT_REFS = defineQuery<
  ProjectRefCheck,
  { industry: boolean; investor: boolean; park: boolean; team: boolean; missingLinks: string[] }
>('ledger/project-refs', { industry: 'boolean', investor: 'boolean', park: 'boolean', team: 'boolean', missingLinks: 'string[]' });
export const SAVE_PROJECT = defineQuery<ProjectRefCheck & { id: string; props: Record<string, unknown> }, { node: Project }>(
  'ledger/save-project',
  {
    node: nested<Project>(PROJECT_NODE),
  },
);

// ---------------------------------------------------------------- targets (招商对象)
export interface TargetState {
  uscc: string;
  version: number;
  targetStatus: string | null;
  targetStatusReason: string | null;
  followers: string[];
}
export const LOCK_ENTERPRISE = defineQuery<{ uscc: string }, { uscc: string }>('ledger/lock-enterprise', { uscc: 'string' });
export const TARGET_STATE = defineQuery<{ uscc: string }, TargetState>('ledger/target-state', {
  uscc: 'string',
  version: 'number',
  targetStatus: 'string?',
  targetStatusReason: 'string?',
  followers: 'string[]',
});
export const SET_TARGET_STATUS = defineQuery<
  { uscc: string; status: string; reason: string | null; on: string; version: number },
  Record<string, never>
>('ledger/set-target-status', {});
export const TEAM_EXISTS = defineQuery<{ teamId: string | null; uscc: string }, { team: boolean; enterprise: boolean }>(
  'ledger/team-exists',
  {
    team: 'boolean',
    enterprise: 'boolean',
  },
);
export const ASSIGN_TARGET = defineQuery<
  { uscc: string; teamId: string; owner: string; dueOn: string | null; on: string },
  { teamId: string }
>('ledger/assign-target', { teamId: 'string' });
export const UNASSIGN_TARGET = defineQuery<{ uscc: string; teamId: string }, { teamId: string }>('ledger/unassign-target', {
  teamId: 'string',
});

export interface FollowUpRow {
  id: string;
  on: string;
  kind: string;
  peopleMet: string[];
  notes: string;
  nextStep: string | null;
  nextOn: string | null;
  by: string;
  at: string;
  teamId: string | null;
}
const FOLLOW_UP: Shape<FollowUpRow> = {
  id: 'string',
  on: 'string',
  kind: 'string',
  peopleMet: 'string[]',
  notes: 'string',
  nextStep: 'string?',
  nextOn: 'string?',
  by: 'string',
  at: 'string',
  teamId: 'string?',
};
export const ADD_FOLLOW_UP = defineQuery<
  {
    uscc: string;
    id: string;
    on: string;
    kind: string;
    peopleMet: string[];
    notes: string;
    nextStep: string | null;
    nextOn: string | null;
    by: string;
    teamId: string | null;
  },
  { followUp: FollowUpRow }
>('ledger/add-follow-up', { followUp: nested(FOLLOW_UP) });
export const FOLLOW_UPS_OF = defineRelation<FollowUpRow>('ledger/follow-ups-of', FOLLOW_UP);

// ---------------------------------------------------------------- 履约 (milestones, defaults)
export interface MilestoneRow {
  id: string;
  kind: string;
  on: string;
  note: string | null;
  by: string;
  at: string;
}
const MILESTONE: Shape<MilestoneRow> = { id: 'string', kind: 'string', on: 'string', note: 'string?', by: 'string', at: 'string' };
export const ADD_MILESTONE = defineQuery<
  { projectId: string; id: string; kind: string; on: string; note: string | null; by: string },
  { milestone: MilestoneRow }
>('ledger/add-milestone', { milestone: nested(MILESTONE) });
export const MILESTONES_OF = defineRelation<MilestoneRow>('ledger/milestones-of', MILESTONE);

export interface DefaultCaseRow {
  id: string;
  disposal: string;
  description: string;
  status: string;
  stageBefore: string;
  resolution: string | null;
  by: string;
  openedOn: string;
  deadline: string;
  resolvedOn: string | null;
}
const DEFAULT_CASE: Shape<DefaultCaseRow> = {
  id: 'string',
  disposal: 'string',
  description: 'string',
  status: 'string',
  stageBefore: 'string',
  resolution: 'string?',
  by: 'string',
  openedOn: 'string',
  deadline: 'string',
  resolvedOn: 'string?',
};
export const ADD_DEFAULT = defineQuery<
  { projectId: string; id: string; on: string; disposal: string; description: string; deadline: string; stageBefore: string; by: string },
  { id: string }
>('ledger/add-default', { id: 'string' });
export const DEFAULT_CASE_BY_ID = defineQuery<{ id: string }, { defaultCase: DefaultCaseRow; projectId: string }>('ledger/default-case', {
  defaultCase: nested(DEFAULT_CASE),
  projectId: 'string',
});
export const RESOLVE_DEFAULT = defineQuery<{ id: string; on: string; resolution: string; by: string }, Record<string, never>>(
  'ledger/resolve-default',
  {},
);
export const DEFAULTS_OF = defineRelation<DefaultCaseRow>('ledger/defaults-of', DEFAULT_CASE);

// ---------------------------------------------------------------- firms and people (admins)
export interface EnterpriseState {
  node: Enterprise & { version?: number | null };
  cityCode: string | null;
  countryCode: string | null;
}
const ENTERPRISE_WITH_VERSION = { ...ENTERPRISE_NODE, version: 'number?' } as const;
export const ENTERPRISE_STATE = defineQuery<{ uscc: string }, EnterpriseState>('ledger/enterprise-state', {
  node: nested<EnterpriseState['node']>(ENTERPRISE_WITH_VERSION),
  cityCode: 'string?',
  countryCode: 'string?',
});
export const PLACE_REFS = defineQuery<{ cityCode: string | null; countryCode: string | null }, { city: boolean; country: boolean }>(
  'ledger/place-refs',
  {
    city: 'boolean',
    country: 'boolean',
  },
);
export const SAVE_ENTERPRISE = defineQuery<
  { uscc: string; props: Record<string, unknown>; cityCode: string | null; countryCode: string | null },
  { node: Enterprise }
>('ledger/save-enterprise', { node: nested<Enterprise>(ENTERPRISE_WITH_VERSION) });

export interface PersonState {
  node: Person & { version?: number | null };
  nativeCityCode: string | null;
}
const PERSON_WITH_VERSION = { ...PERSON_NODE, version: 'number?' } as const;
export const LOCK_PERSON = defineQuery<{ id: string }, { id: string }>('ledger/lock-person', { id: 'string' });
export const PERSON_STATE = defineQuery<{ id: string }, PersonState>('ledger/person-state', {
  node: nested<PersonState['node']>(PERSON_WITH_VERSION),
  nativeCityCode: 'string?',
});
export const SAVE_PERSON = defineQuery<{ id: string; props: Record<string, unknown>; nativeCityCode: string | null }, { node: Person }>(
  'ledger/save-person',
  {
    node: nested<Person>(PERSON_WITH_VERSION),
  },
);
export interface PeopleRefs {
  personId: string | null;
  uscc: string | null;
  chamberId: string | null;
  cityCode: string | null;
}
export const PERSON_REFS = defineQuery<PeopleRefs, { person: boolean; enterprise: boolean; chamber: boolean; city: boolean }>(
  'ledger/person-refs',
  {
    person: 'boolean',
    enterprise: 'boolean',
    chamber: 'boolean',
    city: 'boolean',
  },
);
export const LINK_EXECUTIVE = defineQuery<{ personId: string; uscc: string; title: string }, { before: string | null }>(
  'ledger/link-executive',
  { before: 'string?' },
);
export const RECORD_MEMBERSHIP = defineQuery<{ personId: string; chamberId: string; role: string }, { before: string | null }>(
  'ledger/record-membership',
  {
    before: 'string?',
  },
);

/** A project's plots move with it (开工 → BUILDING, 投产 → PRODUCING). */
export const PLOTS_FOLLOW_STAGE = defineQuery<
  { projectId: string; from: string[]; status: string; on: string },
  { id: string; before: string }
>('ledger/plots-follow-stage', { id: 'string', before: 'string' });
