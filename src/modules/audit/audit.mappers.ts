import type { AuditEntryRow } from './audit.queries';
import type { AuditEntry } from './audit.type';

/** A row of the audit trail with its changes field by field, as JSON values. */
export function toAuditEntry(r: AuditEntryRow): AuditEntry {
  const before = JSON.parse(r.before) as Record<string, unknown>;
  const after = JSON.parse(r.after) as Record<string, unknown>;
  const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
  return { ...r, changes: r.fields.map((field) => ({ field, before: json(before[field]), after: json(after[field]) })) };
}
