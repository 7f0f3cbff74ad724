import { defineQuery, nested } from '../../db/query';
import { Town, TOWN_NODE } from '../../graph/city.type';
import type { PipelineProject } from './pipeline.model';

export interface PipelineFilterParams {
  industryCode: string | null;
  parkId: string | null;
  teamId: string | null;
  campaign100Days: boolean | null;
}
export const PIPELINE_PROJECTS = defineQuery<PipelineFilterParams, PipelineProject>('pipeline/projects', {
  id: 'string',
  name: 'string',
  amountYi: 'number',
  stage: 'string',
  teamId: 'string?',
  townCode: 'string?',
  investorUscc: 'string?',
  investorName: 'string?',
  plannedOn: 'string?',
  negotiatingOn: 'string?',
  signedOn: 'string?',
  contractedOn: 'string?',
  performingOn: 'string?',
  startedOn: 'string?',
  producingOn: 'string?',
  defaultedOn: 'string?',
  withdrawnOn: 'string?',
  openDefaults: 'number',
  resolvedDefaults: 'number',
});

export const TOWNS_BY_CODE = defineQuery<{ codes: string[] }, { node: Town }>('pipeline/towns', { node: nested(TOWN_NODE) });
