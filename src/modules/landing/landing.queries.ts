import { defineQuery, defineRelation, nested, Shape } from '../../db/query';

export interface ProjectForWrite {
  id: string;
  name: string;
  stage: string;
  version: number;
  leadOffice: string | null;
  approvalTemplate: string | null;
}
export const PROJECT_FOR_WRITE = defineQuery<{ id: string }, ProjectForWrite>('landing/project-for-write', {
  id: 'string',
  name: 'string',
  stage: 'string',
  version: 'number',
  leadOffice: 'string?',
  approvalTemplate: 'string?',
});
export const TOUCH_PROJECT = defineQuery<
  { id: string; version: number; leadOffice: string | null; approvalTemplate: string | null },
  Record<string, never>
>('landing/touch-project', {});

export interface StepRow {
  code: string;
  name: string;
  office: string;
  workdays: number;
  after: string[];
  agent: string | null;
  owner: string | null;
  startedOn: string | null;
  dueOn: string | null;
  doneOn: string | null;
}
const STEP: Shape<StepRow> = {
  code: 'string',
  name: 'string',
  office: 'string',
  workdays: 'number',
  after: 'string[]',
  agent: 'string?',
  owner: 'string?',
  startedOn: 'string?',
  dueOn: 'string?',
  doneOn: 'string?',
};
export const STEPS_OF = defineRelation<StepRow>('landing/steps-of', STEP);
export const CREATE_STEPS = defineQuery<
  { projectId: string; steps: Array<{ code: string; name: string; office: string; workdays: number; after: string[]; order: number }> },
  Record<string, never>
>('landing/create-steps', {});
export const SAVE_STEP = defineQuery<
  {
    projectId: string;
    code: string;
    startedOn: string | null;
    dueOn: string | null;
    doneOn: string | null;
    agent: string | null;
    owner: string | null;
  },
  Record<string, never>
>('landing/save-step', {});

export interface ServiceRow {
  id: string;
  kind: string;
  description: string;
  office: string;
  owner: string | null;
  status: string;
  resolution: string | null;
  projectId: string;
  projectName: string;
  openedOn: string;
  dueOn: string;
  resolvedOn: string | null;
}
const SERVICE: Shape<ServiceRow> = {
  id: 'string',
  kind: 'string',
  description: 'string',
  office: 'string',
  owner: 'string?',
  status: 'string',
  resolution: 'string?',
  projectId: 'string',
  projectName: 'string',
  openedOn: 'string',
  dueOn: 'string',
  resolvedOn: 'string?',
};
export const SERVICES_OF = defineRelation<ServiceRow>('landing/services-of', SERVICE);
export const SERVICE_BY_ID = defineQuery<{ id: string }, { request: ServiceRow }>('landing/service-by-id', { request: nested(SERVICE) });
export const ADD_SERVICE = defineQuery<
  {
    projectId: string;
    id: string;
    kind: string;
    description: string;
    office: string;
    owner: string | null;
    on: string;
    dueOn: string;
    by: string;
  },
  Record<string, never>
>('landing/add-service', {});
export const RESOLVE_SERVICE = defineQuery<{ id: string; on: string; resolution: string; by: string }, Record<string, never>>(
  'landing/resolve-service',
  {},
);

export interface HandoffRow {
  id: string;
  fromOffice: string;
  toOffice: string;
  note: string | null;
  by: string | null;
  projectId: string;
  projectName: string;
  on: string;
  dueOn: string;
}
const HANDOFF: Shape<HandoffRow> = {
  id: 'string',
  fromOffice: 'string',
  toOffice: 'string',
  note: 'string?',
  by: 'string?',
  projectId: 'string',
  projectName: 'string',
  on: 'string',
  dueOn: 'string',
};
export const HANDOFFS_OF = defineRelation<HandoffRow>('landing/handoffs-of', HANDOFF);
export const ADD_HANDOFF = defineQuery<
  { projectId: string; id: string; fromOffice: string; toOffice: string; on: string; dueOn: string; note: string | null; by: string },
  Record<string, never>
>('landing/add-handoff', {});

export interface WarningFactsRow {
  id: string;
  name: string;
  stage: string;
  leadOffice: string | null;
  signedOn: string | null;
  agreedStartOn: string | null;
  defaultedOn: string | null;
  agreedProduceOn: string | null;
  producingOn: string | null;
  teamId: string | null;
  parkId: string | null;
  steps: Array<{ name: string; office: string; dueOn: string }>;
  services: Array<{ name: string; office: string; dueOn: string }>;
  funds: Array<{ fund: string; committedOn: string; committedYi: number; investedYi: number }>;
  plotIds: string[];
}
export const WARNING_FACTS = defineQuery<{ ids: string[] | null }, WarningFactsRow>('landing/warning-facts', {
  id: 'string',
  name: 'string',
  stage: 'string',
  leadOffice: 'string?',
  signedOn: 'string?',
  agreedStartOn: 'string?',
  defaultedOn: 'string?',
  agreedProduceOn: 'string?',
  producingOn: 'string?',
  teamId: 'string?',
  parkId: 'string?',
  steps: 'map[]',
  services: 'map[]',
  funds: 'map[]',
  plotIds: 'string[]',
});
