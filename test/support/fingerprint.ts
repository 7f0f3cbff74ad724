import crypto from 'node:crypto';
import { FINGERPRINT } from '../../src/db/db.queries';
import type { Neo4jGateway } from '../../src/db/gateway';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** A content hash of the whole graph plus its node and relationship counts. */
export async function fingerprint(gw: Neo4jGateway): Promise<{ nodes: number; rels: number; hash: string }> {
  const rows = await gw.read(FINGERPRINT, {});
  const lines = rows.map(canonical).sort();
  return {
    nodes: rows.filter((r) => r.kind === 'node').length,
    rels: rows.filter((r) => r.kind === 'rel').length,
    hash: crypto.createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
