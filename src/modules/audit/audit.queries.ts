import { defineQuery, defineRelation, nested, Shape } from '../../db/query';

/** The labels a write may be about; the record query matches each by its key. */
export type AuditLabel = 'Project' | 'Enterprise' | 'Person';

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  operation: string;
  requestId: string | null;
  entityLabel: AuditLabel;
  entityKey: string;
  fields: string[];
  /** JSON maps of the changed properties before and after. */
  before: string;
  after: string;
}
const ENTRY: Shape<AuditEntryRow> = {
  id: 'string', at: 'string', actor: 'string', role: 'string?', operation: 'string', requestId: 'string?', entityLabel: 'string',
  entityKey: 'string', fields: 'string[]', before: 'string', after: 'string',
};

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
>('audit/record', {});
export const REQUEST_GET = defineQuery<{ id: string }, { operation: string; actor: string; result: string }>('audit/request-get', {
  operation: 'string',
  actor: 'string',
  result: 'string',
});
export const REQUEST_PUT = defineQuery<{ id: string; operation: string; actor: string; result: string }, Record<string, never>>('audit/request-put', {});

export interface TrailParams {
  entityKey: string | null;
  actor: string | null;
  operation: string | null;
  from: string | null;
  to: string | null;
  afterAt: string | null;
  afterId: string | null;
  limit: number;
}
export const AUDIT_TRAIL = defineQuery<TrailParams, { entry: AuditEntryRow }>('audit/trail', { entry: nested(ENTRY) });
export const AUDIT_OF_ENTITIES = defineRelation<AuditEntryRow>('audit/of-entities', ENTRY);
