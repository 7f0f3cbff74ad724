import { defineQuery, defineRelation, nested, Shape } from '../../db/query';

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  operation: string;
  requestId: string | null;
  entityLabel: string;
  entityKey: string;
  fields: string[];
  /** JSON maps of the changed properties before and after. */
  before: string;
  after: string;
}
const ENTRY: Shape<AuditEntryRow> = {
  id: 'string',
  at: 'string',
  actor: 'string',
  role: 'string?',
  operation: 'string',
  requestId: 'string?',
  entityLabel: 'string',
  entityKey: 'string',
  fields: 'string[]',
  before: 'string',
  after: 'string',
};

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
