import { searchText } from '../../domain/search-text';
import type { GatewayTx, Neo4jGateway } from '../../db/gateway';
import { toNeoDate } from '../../db/convert';
import { BUMP_GRAPH_VERSION } from '../../db/db.queries';
import { cellText } from './columns';
import { columns, FILES, FileSpec } from './dataset.files';
import type { TypedRow } from './dataset.validate';

export const BATCH_SIZE = 1000;

export interface WriteProgress {
  file: string;
  done: number;
  total: number;
}

/** The parameter map one row becomes: every column at top level, plus `props` to SET on the node/relationship. */
export function rowParam(spec: FileSpec, values: Record<string, unknown>): Record<string, unknown> {
  const cols = columns(spec);
  const props: Record<string, unknown> = {};
  const top: Record<string, unknown> = {};
  for (const c of cols) {
    const v = values[c.name];
    // An empty flag means false and an empty list means [] (the API exposes both as non-null).
    const empty = c.type === 'bool' ? false : c.type === 'list' ? [] : null;
    const value = v === undefined ? empty : c.type === 'date' ? toNeoDate(cellText(v)) : v;
    top[c.name] = value;
    // On nodes, keys and references become MERGE keys and relationships, not properties. On
    // relationships, only the key columns (the two ends) are structure; a non-key reference such as
    // enterprise_supplies.linkCode is kept as a property.
    const structural = spec.key.includes(c.name) || (spec.kind === 'node' && c.ref !== undefined);
    if (!structural) props[c.name] = value;
  }
  if (spec.searchable && typeof values.name === 'string') props.searchText = searchText(values.name);
  return { ...top, props };
}

/**
 * Writes every row in ONE transaction, file by file in dependency order, in batches. If anything
 * fails, or the process is killed before the commit, Neo4j rolls the whole import back.
 */
export async function writeDataset(
  gw: Neo4jGateway,
  rows: Map<string, TypedRow[]>,
  opts: { timeoutMs?: number; onProgress?: (p: WriteProgress) => void } = {},
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  await gw.writeTx(
    async (tx: GatewayTx) => {
      for (const spec of FILES) {
        const list = rows.get(spec.name);
        if (!list || list.length === 0) continue;
        const params = list.map((r) => rowParam(spec, r.values));
        for (const query of spec.then ? [spec.write, spec.then] : [spec.write]) {
          for (let i = 0; i < params.length; i += BATCH_SIZE) {
            await tx.run(query, { rows: params.slice(i, i + BATCH_SIZE) });
            if (query === spec.write)
              opts.onProgress?.({ file: spec.name, done: Math.min(i + BATCH_SIZE, params.length), total: params.length });
          }
        }
        written[spec.name] = params.length;
      }
      await tx.run(BUMP_GRAPH_VERSION, {});
    },
    { meta: { operation: 'import' }, timeoutMs: opts.timeoutMs },
  );
  return written;
}
