import { defineQuery } from '../db/query';

/** The labels a write may be about; the record query matches each by its key. */
export type AuditLabel = 'Project' | 'Enterprise' | 'Person' | 'LandPlot' | 'Fund' | 'Expert';

export interface NewAuditEntry {
  id: string;
  label: AuditLabel;
  key: string;
  fields: string[];
  before: string;
  after: string;
}
export const RECORD_AUDIT = defineQuery<
  { entries: NewAuditEntry[]; at: string; actor: string; role: string | null; operation: string; requestId: string | null },
  Record<string, never>
>('write/record', {});
export const REQUEST_GET = defineQuery<{ id: string }, { operation: string; actor: string; digest: string; result: string }>(
  'write/request-get',
  {
    operation: 'string',
    actor: 'string',
    digest: 'string',
    result: 'string',
  },
);
export const REQUEST_PUT = defineQuery<
  { id: string; operation: string; actor: string; digest: string; result: string },
  Record<string, never>
>('write/request-put', {});
