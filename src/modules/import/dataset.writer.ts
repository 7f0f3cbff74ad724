import crypto from 'node:crypto';
import { searchText } from '../../domain/search-text';
import type { GatewayTx, Neo4jGateway } from '../../db/gateway';
import { toNeoDate } from '../../db/convert';
import { BUMP_GRAPH_VERSION } from '../../db/db.queries';
import type { Query } from '../../db/query';
import { auditEntries, Change } from '../../graph/write.service';
import { AuditLabel, RECORD_AUDIT } from '../../graph/write.queries';
import { cellText } from './columns';
import { columns, FILES, FileSpec } from './dataset.files';
import {
  ENTERPRISE_STATES,
  EXPERT_STATES,
  FUND_STATES,
  MOVE_VERSIONS,
  NodeStateRow,
  PERSON_STATES,
  PLOT_STATES,
  PROJECT_STATES,
} from './dataset.queries';
import type { TypedRow } from './dataset.validate';

export const BATCH_SIZE = 1000;

/** An import's id; its audit entries carry it as their requestId, and a job is named by it. */
export const newImportId = (): string => `import-${crypto.randomUUID()}`;

/** Who an import writes as: the token's subject over HTTP, the operator at the command line, the seed. */
export interface ImportActor {
  id: string;
  role: string | null;
}
export const SYSTEM_ACTOR: ImportActor = { id: 'system', role: null };

/** What one import wrote, and what it changed. */
export interface WriteResult {
  /** Rows written per file. */
  written: Record<string, number>;
  /** The import's id: each of its audit entries carries it as its requestId. */
  importId: string;
  /** Nodes whose state changed (new ones included), per audited label; their versions moved. */
  changed: Record<AuditLabel, number>;
}

/**
 * The nodes an import is audited for, as the API's writes are: projects, enterprises, people, plots, funds and experts.
 * Their keys come from their own files and from files that change their references.
 */
const AUDITED: Array<{ label: AuditLabel; state: Query<{ keys: string[] }, NodeStateRow>; keys: Array<{ file: string; column: string }> }> =
  [
    {
      label: 'Enterprise',
      state: ENTERPRISE_STATES,
      keys: [
        { file: 'enterprises', column: 'uscc' },
        { file: 'credit_checks', column: 'uscc' },
      ],
    },
    { label: 'Person', state: PERSON_STATES, keys: [{ file: 'people', column: 'id' }] },
    {
      label: 'Project',
      state: PROJECT_STATES,
      keys: [
        { file: 'projects', column: 'id' },
        { file: 'project_links', column: 'projectId' },
        // The landing records a project carries (its approvals, requests, handoffs, reports, fund money).
        ...['agreements', 'proposals', 'approval_steps', 'service_requests', 'handoffs', 'annual_reports', 'fund_commitments'].map(
          (file) => ({
            file,
            column: 'projectId',
          }),
        ),
      ],
    },
    { label: 'LandPlot', state: PLOT_STATES, keys: [{ file: 'land_plots', column: 'id' }] },
    {
      label: 'Fund',
      state: FUND_STATES,
      keys: [
        { file: 'funds', column: 'id' },
        { file: 'fund_commitments', column: 'fundId' },
      ],
    },
    { label: 'Expert', state: EXPERT_STATES, keys: [{ file: 'experts', column: 'id' }] },
  ];

type States = Map<AuditLabel, Map<string, Record<string, unknown>>>;

/** The audited nodes' states, read in the import's transaction (absent keys are nodes not yet there). */
async function readStates(tx: GatewayTx, keys: Map<AuditLabel, string[]>): Promise<States> {
  const out: States = new Map();
  for (const { label, state } of AUDITED) {
    const found = new Map<string, Record<string, unknown>>();
    const list = keys.get(label) ?? [];
    for (let i = 0; i < list.length; i += BATCH_SIZE * 5) {
      for (const r of await tx.run(state, { keys: list.slice(i, i + BATCH_SIZE * 5) })) found.set(r.key, { ...r.props, ...r.refs });
    }
    out.set(label, found);
  }
  return out;
}

function auditedKeys(rows: Map<string, TypedRow[]>): Map<AuditLabel, string[]> {
  return new Map(
    AUDITED.map(({ label, keys }) => [
      label,
      [...new Set(keys.flatMap(({ file, column }) => (rows.get(file) ?? []).map((r) => String(r.values[column]))))],
    ]),
  );
}

/** The changes between two readings: every audited node whose state differs (a new node differs from nothing). */
function changesBetween(before: States, after: States): Change[] {
  return AUDITED.flatMap(({ label }) =>
    [...(after.get(label) ?? new Map<string, Record<string, unknown>>())].map(([key, now]) => ({
      label,
      key,
      before: before.get(label)?.get(key) ?? {},
      after: now,
    })),
  );
}

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

/** Which passes of a file's rows to run: its write, its second pass (`then`), or both in turn. */
export type Passes = 'write' | 'then' | 'both';

/** No node changed yet, per audited label. */
export const noChanges = (): Record<AuditLabel, number> => ({ Project: 0, Enterprise: 0, Person: 0, LandPlot: 0, Fund: 0, Expert: 0 });

/**
 * Writes some rows in the given transaction and audits them as one operation: every audited node
 * whose state changed gets an entry and a new version, and the graph's version token moves. The
 * body of the one-transaction import, and of each batch of a batched load.
 */
export async function writeAudited(
  tx: GatewayTx,
  rows: Map<string, TypedRow[]>,
  opts: { passes?: Passes; actor: ImportActor; importId: string; onProgress?: (p: WriteProgress) => void },
): Promise<{ written: Record<string, number>; changed: Record<AuditLabel, number> }> {
  const passes = opts.passes ?? 'both';
  const written: Record<string, number> = {};
  const changed = noChanges();
  const keys = auditedKeys(rows);
  const before = await readStates(tx, keys);
  for (const spec of FILES) {
    const list = rows.get(spec.name);
    if (!list || list.length === 0) continue;
    const params = list.map((r) => rowParam(spec, r.values));
    const queries = [passes !== 'then' ? spec.write : undefined, passes !== 'write' ? spec.then : undefined];
    for (const query of queries) {
      if (!query) continue;
      for (let i = 0; i < params.length; i += BATCH_SIZE) {
        await tx.run(query, { rows: params.slice(i, i + BATCH_SIZE) });
        if (query === spec.write)
          opts.onProgress?.({ file: spec.name, done: Math.min(i + BATCH_SIZE, params.length), total: params.length });
      }
    }
    written[spec.name] = params.length;
  }
  // One audited operation, as an API write: an entry per changed node, its version moved; rows
  // that changed nothing leave no entry and keep their version.
  const entries = auditEntries(changesBetween(before, await readStates(tx, keys)));
  for (let i = 0; i < entries.length; i += BATCH_SIZE) {
    const part = entries.slice(i, i + BATCH_SIZE);
    await tx.run(MOVE_VERSIONS, { changed: part.map((e) => ({ label: e.label, key: e.key })) });
    await tx.run(RECORD_AUDIT, {
      entries: part,
      at: new Date().toISOString(),
      actor: opts.actor.id,
      role: opts.actor.role,
      operation: 'import',
      requestId: opts.importId,
    });
  }
  for (const e of entries) changed[e.label] += 1;
  await tx.run(BUMP_GRAPH_VERSION, {});
  return { written, changed };
}

/**
 * Writes every row in ONE transaction, file by file in dependency order, in batches. If anything
 * fails, or the process is killed before the commit, Neo4j rolls the whole import back.
 */
export async function writeDataset(
  gw: Neo4jGateway,
  rows: Map<string, TypedRow[]>,
  opts: { timeoutMs?: number; onProgress?: (p: WriteProgress) => void; actor?: ImportActor; importId?: string } = {},
): Promise<WriteResult> {
  const actor = opts.actor ?? SYSTEM_ACTOR;
  const importId = opts.importId ?? newImportId();
  const { written, changed } = await gw.writeTx(
    (tx: GatewayTx) => writeAudited(tx, rows, { actor, importId, onProgress: opts.onProgress }),
    {
      meta: { operation: 'import', actor: actor.id, importId },
      timeoutMs: opts.timeoutMs,
    },
  );
  return { written, importId, changed };
}
