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
export const TEMPLATE_OF = defineQuery<{ id: string }, { template: string | null }>('landing/template-of', { template: 'string?' });
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

// ---------------------------------------------------------------- the annual review (投后履约考核)
export interface ReportRow {
  year: number;
  investedYi: number;
  outputYi: number;
  taxWan: number;
  employees: number | null;
}
/** An agreement's terms (协议约定), on the project. */
export interface AgreementRow {
  agreedStartOn: string | null;
  agreedProduceOn: string | null;
  promisedInvestmentYi: number | null;
  promisedInvestmentByOn: string | null;
  fullOutputYear: number | null;
  promisedOutputYi: number | null;
  promisedTaxWan: number | null;
  landMu: number | null;
}
const AGREEMENT: Shape<AgreementRow> = {
  agreedStartOn: 'string?',
  agreedProduceOn: 'string?',
  promisedInvestmentYi: 'number?',
  promisedInvestmentByOn: 'string?',
  fullOutputYear: 'number?',
  promisedOutputYi: 'number?',
  promisedTaxWan: 'number?',
  landMu: 'number?',
};
/** What the annual review reads about a project: its agreement, dates, land and reports. */
export interface ReviewFactsRow extends AgreementRow {
  id: string;
  name: string;
  stage: string;
  parkId: string | null;
  startedOn: string | null;
  producingOn: string | null;
  reports: ReportRow[];
}
const REPORT: Shape<ReportRow> = { year: 'number', investedYi: 'number', outputYi: 'number', taxWan: 'number', employees: 'number?' };
export const REVIEW_FACTS = defineQuery<{ ids: string[] | null }, ReviewFactsRow>('landing/review-facts', {
  ...AGREEMENT,
  id: 'string',
  name: 'string',
  stage: 'string',
  parkId: 'string?',
  startedOn: 'string?',
  producingOn: 'string?',
  reports: nested(REPORT, { list: true }),
});
export const SAVE_REPORT = defineQuery<
  { projectId: string; year: number; investedYi: number; outputYi: number; taxWan: number; employees: number | null; by: string },
  Record<string, never>
>('landing/save-report', {});
export const REPORTS_OF = defineRelation<ReportRow>('landing/reports-of', REPORT);
export const REPORT_OF = defineQuery<{ projectId: string; year: number }, ReportRow>('landing/report-of', REPORT);

export const AGREEMENT_OF = defineQuery<{ id: string }, AgreementRow>('landing/agreement-of', AGREEMENT);
export const SAVE_AGREEMENT = defineQuery<{ id: string } & AgreementRow, AgreementRow>('landing/save-agreement', AGREEMENT);

export interface ParkPerformanceRow {
  parkId: string;
  parkName: string;
  plannedSlots: number | null;
  availableMu: number;
  enterpriseCount: number;
  idleMu: number;
  reports: Array<{ projectId: string; taxWan: number; outputYi: number; investedYi: number; landMu: number | null }>;
}
export const PARK_PERFORMANCE = defineQuery<{ year: number }, ParkPerformanceRow>('landing/park-performance', {
  parkId: 'string',
  parkName: 'string',
  plannedSlots: 'number?',
  availableMu: 'number',
  enterpriseCount: 'number',
  idleMu: 'number',
  reports: 'map[]',
});
