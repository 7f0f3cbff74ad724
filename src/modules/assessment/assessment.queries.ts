import { defineQuery, defineRelation, nested, Shape } from '../../db/query';
import { Project, PROJECT_NODE } from '../../graph/project.type';

export interface ProjectTermsRow {
  node: Project;
  id: string;
  name: string;
  amountYi: number;
  stage: string;
  version: number;
  plannedOn: string | null;
  negotiatingOn: string | null;
  signedOn: string | null;
  startedOn: string | null;
  defaultedOn: string | null;
  withdrawnOn: string | null;
  agreedStartOn: string | null;
  industryCode: string | null;
  investorUscc: string | null;
  parkId: string | null;
  linkCodes: string[];
  proposedLandMu: number | null;
  proposedFactorySqm: number | null;
  proposedOutputYi: number | null;
  proposedTaxWan: number | null;
  yearsToFullOutput: number | null;
  fundingSecuredShare: number | null;
  fundingSources: string[];
  products: string[];
  siteZoning: string | null;
  agreedLandMu: number | null;
  promisedOutputYi: number | null;
  promisedTaxWan: number | null;
  promisedInvestmentYi: number | null;
  fullOutputYear: number | null;
  steps: number;
  stepsDone: number;
  plotZonings: string[];
}
export const PROJECT_TERMS = defineQuery<{ ids: string[] }, ProjectTermsRow>('assessment/project-terms', {
  node: nested(PROJECT_NODE),
  id: 'string',
  name: 'string',
  amountYi: 'number',
  stage: 'string',
  version: 'number',
  plannedOn: 'string?',
  negotiatingOn: 'string?',
  signedOn: 'string?',
  startedOn: 'string?',
  defaultedOn: 'string?',
  withdrawnOn: 'string?',
  agreedStartOn: 'string?',
  industryCode: 'string?',
  investorUscc: 'string?',
  parkId: 'string?',
  linkCodes: 'string[]',
  proposedLandMu: 'number?',
  proposedFactorySqm: 'number?',
  proposedOutputYi: 'number?',
  proposedTaxWan: 'number?',
  yearsToFullOutput: 'number?',
  fundingSecuredShare: 'number?',
  fundingSources: 'string[]',
  products: 'string[]',
  siteZoning: 'string?',
  agreedLandMu: 'number?',
  promisedOutputYi: 'number?',
  promisedTaxWan: 'number?',
  promisedInvestmentYi: 'number?',
  fullOutputYear: 'number?',
  steps: 'number',
  stepsDone: 'number',
  plotZonings: 'string[]',
});

export interface CreditCheckRow {
  checkedOn: string;
  checkedIn: string;
  dishonestDebtor: boolean;
  businessAbnormal: boolean;
  majorViolation: boolean;
  note: string | null;
}
export interface InvestorProjectRow {
  id: string;
  name: string;
  stage: string;
  signedOn: string | null;
  producingOn: string | null;
  defaultedOn: string | null;
}
export interface InvestorRow {
  uscc: string;
  name: string;
  revenueYi: number | null;
  fortune500: boolean;
  chainLeader: boolean;
  listed: boolean;
  specialized: boolean;
  highTech: boolean;
  checks: CreditCheckRow[];
  projects: InvestorProjectRow[];
}
export const INVESTORS = defineQuery<{ usccs: string[] }, InvestorRow>('assessment/investors', {
  uscc: 'string',
  name: 'string',
  revenueYi: 'number?',
  fortune500: 'boolean',
  chainLeader: 'boolean',
  listed: 'boolean',
  specialized: 'boolean',
  highTech: 'boolean',
  checks: nested<CreditCheckRow>(
    {
      checkedOn: 'string',
      checkedIn: 'string',
      dishonestDebtor: 'boolean',
      businessAbnormal: 'boolean',
      majorViolation: 'boolean',
      note: 'string?',
    },
    { list: true },
  ),
  projects: nested<InvestorProjectRow>(
    { id: 'string', name: 'string', stage: 'string', signedOn: 'string?', producingOn: 'string?', defaultedOn: 'string?' },
    { list: true },
  ),
});

export interface LocalTradeRow {
  key: string;
  buyers: number;
  sellers: number;
  examples: string[];
}
export const LOCAL_TRADE = defineQuery<{ items: Array<{ key: string; links: string[]; uscc: string | null }> }, LocalTradeRow>(
  'assessment/local-trade',
  { key: 'string', buyers: 'number', sellers: 'number', examples: 'string[]' },
);

export interface ParkFloorsRow {
  parkId: string;
  industryCode: string | null;
  investmentPerMuWan: number | null;
  taxPerMuWan: number | null;
}
export const PARK_FLOORS = defineQuery<{ items: Array<{ parkId: string; industryCode: string | null }> }, ParkFloorsRow>(
  'assessment/park-floors',
  { parkId: 'string', industryCode: 'string?', investmentPerMuWan: 'number?', taxPerMuWan: 'number?' },
);

export interface ComparableRow {
  id: string;
  name: string;
  amountYi: number;
  stage: string;
  signedOn: string;
  startedOn: string | null;
  agreedStartOn: string | null;
  defaulted: boolean;
}
export const COMPARABLES = defineQuery<
  { industryCode: string; amountYi: number; factor: number; excludeId: string; limit: number },
  { total: number; started: number; defaulted: number; projects: ComparableRow[] }
>('assessment/comparables', {
  total: 'number',
  started: 'number',
  defaulted: 'number',
  projects: nested<ComparableRow>(
    {
      id: 'string',
      name: 'string',
      amountYi: 'number',
      stage: 'string',
      signedOn: 'string',
      startedOn: 'string?',
      agreedStartOn: 'string?',
      defaulted: 'boolean',
    },
    { list: true },
  ),
});

export const SIGNED_PROJECTS = defineQuery<{ from: string; to: string }, { id: string }>('assessment/signed-projects', { id: 'string' });

// ---------------------------------------------------------------- the 招商专家库

export interface ExpertRow {
  id: string;
  name: string;
  field: string;
  organisation: string;
  active: boolean;
  version: number;
  industryCodes: string[];
  personId: string | null;
  source: string;
}
const EXPERT: Shape<ExpertRow> = {
  id: 'string',
  name: 'string',
  field: 'string',
  organisation: 'string',
  active: 'boolean',
  version: 'number',
  industryCodes: 'string[]',
  personId: 'string?',
  source: 'string',
};
export const EXPERTS = defineQuery<{ industryCode: string | null }, { expert: ExpertRow }>('assessment/experts', {
  expert: nested(EXPERT),
});
export const EXPERT_LOCK = defineQuery<{ id: string }, { expert: ExpertRow }>('assessment/expert-lock', { expert: nested(EXPERT) });
export const SAVE_EXPERT = defineQuery<
  {
    id: string;
    name: string;
    field: string;
    organisation: string;
    active: boolean;
    version: number;
    industryCodes: string[];
    personId: string | null;
  },
  Record<string, never>
>('assessment/save-expert', {});
export const INVESTOR_EXISTS = defineQuery<{ uscc: string }, { found: boolean }>('assessment/investor-exists', { found: 'boolean' });
export const REFS_EXIST = defineQuery<
  { industryCodes: string[]; personId: string | null },
  { industryCodes: string[]; personFound: boolean }
>('assessment/refs-exist', { industryCodes: 'string[]', personFound: 'boolean' });

export interface ConflictFact {
  kind: 'EXECUTIVE' | 'TRADE' | 'CHAMBER' | 'ORGANISATION';
  firm: string;
  title: string | null;
  via: string | null;
}
export const CONFLICTS = defineQuery<
  { expertIds: string[]; uscc: string | null; investorName: string | null; officerRoles: string[] },
  { expertId: string; conflicts: ConflictFact[] }
>('assessment/conflicts', {
  expertId: 'string',
  conflicts: nested<ConflictFact>({ kind: 'string', firm: 'string', title: 'string?', via: 'string?' }, { list: true }),
});

export const PROJECT_LOCK = defineQuery<
  { id: string },
  {
    id: string;
    name: string;
    stage: string;
    version: number;
    investorUscc: string | null;
    investorName: string | null;
    industryCode: string | null;
  }
>('assessment/project-lock', {
  industryCode: 'string?',
  id: 'string',
  name: 'string',
  stage: 'string',
  version: 'number',
  investorUscc: 'string?',
  investorName: 'string?',
});
export const TOUCH_PROJECT = defineQuery<{ id: string; version: number }, Record<string, never>>('assessment/touch-project', {});

export interface ProposalProps {
  proposedLandMu: number | null;
  proposedFactorySqm: number | null;
  proposedOutputYi: number | null;
  proposedTaxWan: number | null;
  yearsToFullOutput: number | null;
  fundingSecuredShare: number | null;
  fundingSources: string[];
  products: string[];
  siteZoning: string | null;
}
export const PROPOSAL_OF = defineRelation<ProposalProps>('assessment/proposal-of', {
  proposedLandMu: 'number?',
  proposedFactorySqm: 'number?',
  proposedOutputYi: 'number?',
  proposedTaxWan: 'number?',
  yearsToFullOutput: 'number?',
  fundingSecuredShare: 'number?',
  fundingSources: 'string[]',
  products: 'string[]',
  siteZoning: 'string?',
});
export const SAVE_PROPOSAL = defineQuery<{ id: string } & ProposalProps, Record<string, never>>('assessment/save-proposal', {});

export interface ReviewRequestRow {
  id: string;
  status: string;
  requestedBy: string;
  opinion: string | null;
  recommendation: string | null;
  conflicts: string[];
  /** Points per section, in the order of AssessmentSection; empty until submitted. */
  scores: number[];
  requestedOn: string;
  dueOn: string;
  submittedOn: string | null;
  expertId: string;
  expertName: string;
  projectId: string;
}
const REQUEST: Shape<ReviewRequestRow> = {
  id: 'string',
  status: 'string',
  requestedBy: 'string',
  opinion: 'string?',
  recommendation: 'string?',
  conflicts: 'string[]',
  scores: 'number[]',
  requestedOn: 'string',
  dueOn: 'string',
  submittedOn: 'string?',
  expertId: 'string',
  expertName: 'string',
  projectId: 'string',
};
export const REQUESTS_OF_PROJECT = defineRelation<ReviewRequestRow>('assessment/requests-of-project', REQUEST);

export interface ExpertProjectRow {
  id: string;
  name: string;
  amountYi: number;
  stage: string;
  proposedLandMu: number | null;
  proposedFactorySqm: number | null;
  proposedOutputYi: number | null;
  proposedTaxWan: number | null;
  yearsToFullOutput: number | null;
  fundingSecuredShare: number | null;
  fundingSources: string[];
  products: string[];
  industryCode: string | null;
  industryName: string | null;
  investorName: string | null;
  parkName: string | null;
}
export const REQUESTS_OF_EXPERT = defineQuery<{ expertId: string }, { request: ReviewRequestRow; project: ExpertProjectRow }>(
  'assessment/requests-of-expert',
  {
    request: nested(REQUEST),
    project: nested<ExpertProjectRow>({
      id: 'string',
      name: 'string',
      amountYi: 'number',
      stage: 'string',
      proposedLandMu: 'number?',
      proposedFactorySqm: 'number?',
      proposedOutputYi: 'number?',
      proposedTaxWan: 'number?',
      yearsToFullOutput: 'number?',
      fundingSecuredShare: 'number?',
      fundingSources: 'string[]',
      products: 'string[]',
      industryCode: 'string?',
      industryName: 'string?',
      investorName: 'string?',
      parkName: 'string?',
    }),
  },
);
export const REQUEST_FOR_WRITE = defineQuery<
  { id: string },
  { request: { id: string; status: string; conflicts: string[]; dueOn: string } }
>('assessment/request-for-write', {
  request: nested<{ id: string; status: string; conflicts: string[]; dueOn: string }>({
    id: 'string',
    status: 'string',
    conflicts: 'string[]',
    dueOn: 'string',
  }),
});
export const CREATE_REQUESTS = defineQuery<
  { projectId: string; requests: Array<{ expertId: string; conflicts: string[] }>; on: string; dueOn: string; by: string },
  Record<string, never>
>('assessment/create-requests', {});
export const SAVE_REVIEW = defineQuery<
  { id: string; scores: number[]; opinion: string; recommendation: string; on: string },
  Record<string, never>
>('assessment/save-review', {});

export interface DecisionRow {
  id: string;
  verdict: string;
  note: string | null;
  modelScore: number;
  modelVerdict: string;
  expertMedian: number | null;
  reviews: number;
  decidedBy: string;
  conditions: string[];
  decidedOn: string;
}
export const CREATE_DECISION = defineQuery<
  Omit<DecisionRow, 'decidedBy' | 'decidedOn'> & { projectId: string; by: string; on: string },
  Record<string, never>
>('assessment/create-decision', {});
export const DECISIONS_OF = defineRelation<DecisionRow>('assessment/decisions-of', {
  id: 'string',
  verdict: 'string',
  note: 'string?',
  modelScore: 'number',
  modelVerdict: 'string',
  expertMedian: 'number?',
  reviews: 'number',
  decidedBy: 'string',
  conditions: 'string[]',
  decidedOn: 'string',
});
