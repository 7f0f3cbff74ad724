import { checkLandingRows } from './landing.validate';
import { validateSync, ValidationError } from 'class-validator';
import { NANAN_CITY_CODE } from '../../domain/enums';
import { canMove, isStage, PROJECT_STAGE_ZH, STAGE_DATE_FIELD, stageDateProblems } from '../../domain/project-stage';
import type { Neo4jGateway } from '../../db/gateway';
import { DUPLICATE_REASON_ZH, findDuplicates, placeNames } from '../../domain/entity-names';
import { cellText, ColumnDef, coerce } from './columns';
import type { RawDataset, RawFile } from './dataset.reader';
import { columns, FILE_BY_NAME, FILES, FileSpec } from './dataset.files';
import { EXISTING_KEYS, PROJECT_STAGES } from './dataset.queries';

/** One problem, reported as `file:row:column — reason`. Row 1 is the header. */
export interface Problem {
  file: string;
  row: number;
  column: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.row}:${p.column} — ${p.reason}`;
}

export interface TypedRow {
  row: number;
  values: Record<string, unknown>;
}

export interface ValidatedDataset {
  problems: Problem[];
  warnings: string[];
  /** Typed rows per file name, in FILES order; only meaningful when problems is empty. */
  rows: Map<string, TypedRow[]>;
}

const REF_LABEL_NAME: Record<string, string> = {
  chain_links: 'chain link',
  enterprises: 'enterprise',
  industries: 'industry',
  parks: 'park',
  towns: 'town',
  cities: 'city',
  countries: 'country',
  councils: 'council',
  people: 'person',
  chambers: 'chamber',
  associations: 'association',
  teams: 'team',
  signing_events: 'signing event',
  projects: 'project',
  funds: 'fund',
};

/**
 * Validates a whole dataset and reports every problem at once. References may point at rows of
 * the same dataset or at nodes already in the database (so partial datasets can be imported).
 * Without a database, references outside the dataset are warnings: they could not be checked.
 */
export async function validateDataset(raw: RawDataset, gw?: Neo4jGateway): Promise<ValidatedDataset> {
  const problems: Problem[] = [];
  const warnings = [...raw.warnings, ...raw.ignored.map((f) => `ignored ${f}: not a file of the dataset format`)];
  const rows = new Map<string, TypedRow[]>();
  const displays = new Map<string, string>();

  for (const spec of FILES) {
    const file = raw.files.get(spec.name);
    if (!file) continue;
    displays.set(spec.name, file.display);
    rows.set(spec.name, checkFile(spec, file, problems));
  }
  if (raw.files.size === 0) warnings.push('the dataset has no known files; nothing to import');

  checkDuplicates(rows, displays, problems);
  checkCrossFields(rows, displays, problems);
  if (gw) await checkReferences(rows, displays, problems, gw);
  else
    warnings.push(...unresolvedReferences(rows, displays).map((p) => `${formatProblem(p)} (not in this dataset; no database was checked)`));
  if (gw) await checkStageJumps(rows, displays, problems, gw);

  warnings.push(...probableDuplicateWarnings(rows, displays));

  problems.sort((a, b) => fileOrder(a.file) - fileOrder(b.file) || a.row - b.row || a.column.localeCompare(b.column));
  return { problems, warnings, rows };
}

/**
 * Enterprises of the dataset that are probably one firm recorded twice (src/domain/entity-names.ts):
 * reported, not refused, since only a person can tell (the ranking shows them as one row).
 */
export function probableDuplicateWarnings(rows: Map<string, TypedRow[]>, displays: Map<string, string>): string[] {
  const enterprises = rows.get('enterprises') ?? [];
  if (enterprises.length < 2) return [];
  const executives = new Map<string, string[]>();
  for (const r of rows.get('executives') ?? []) {
    const v = r.values as { uscc?: string; personId?: string };
    if (v.uscc && v.personId) executives.set(v.uscc, [...(executives.get(v.uscc) ?? []), v.personId]);
  }
  const text = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
  const places = placeNames(
    [...(rows.get('cities') ?? []), ...(rows.get('countries') ?? [])].flatMap((r) => [
      ...text(r.values.name),
      ...text(r.values.provinceName),
    ]),
  );
  const records = enterprises.flatMap((r) => {
    const v = r.values as { uscc?: string; name?: string; cityCode?: string };
    return v.uscc && v.name
      ? [{ uscc: v.uscc, name: v.name, cityCode: v.cityCode ?? null, executives: executives.get(v.uscc) ?? [], row: r.row }]
      : [];
  });
  const rowOf = new Map(records.map((r) => [r.uscc, r.row]));
  const file = displays.get('enterprises') ?? 'enterprises';
  const out: string[] = [];
  for (const [uscc, matches] of findDuplicates(records, places)) {
    for (const m of matches.filter((x) => x.probable && uscc < x.uscc)) {
      const why = m.reasons.map((r) => DUPLICATE_REASON_ZH[r]).join('、');
      out.push(
        `${file}:${rowOf.get(uscc)} — enterprise ${uscc} is probably the same firm as ${m.uscc} (row ${rowOf.get(m.uscc)}): ${why} (疑似重复企业，请核实)`,
      );
    }
  }
  return out;
}

function fileOrder(display: string): number {
  const name = display.replace(/^.*#/, '').replace(/\.csv$/, '');
  const i = FILES.findIndex((f) => f.name === name);
  return i < 0 ? 999 : i;
}

function checkFile(spec: FileSpec, file: RawFile, problems: Problem[]): TypedRow[] {
  const cols = columns(spec);
  const known = new Set(cols.map((c) => c.name));
  for (const h of file.headers) {
    if (h !== '' && !known.has(h))
      problems.push({ file: file.display, row: 1, column: h, reason: `unknown column (expected one of: ${[...known].join(', ')})` });
  }
  const missing = cols.filter((c) => c.required && !file.headers.includes(c.name));
  for (const c of missing) problems.push({ file: file.display, row: 1, column: c.name, reason: 'required column is missing' });
  if (missing.length > 0) return [];

  const out: TypedRow[] = [];
  for (const r of file.rows) {
    const values: Record<string, unknown> = {};
    const bad = new Set<string>();
    for (const col of cols) {
      const { value, problem } = coerce(r.cells[col.name], col);
      if (problem) {
        problems.push({ file: file.display, row: r.row, column: col.name, reason: problem });
        bad.add(col.name);
      } else if (value === undefined && col.required) {
        problems.push({ file: file.display, row: r.row, column: col.name, reason: 'is required' });
        bad.add(col.name);
      } else {
        values[col.name] = value;
      }
    }
    const instance = Object.assign(new spec.rowClass(), values);
    const errors = validateSync(instance, { skipMissingProperties: false, forbidUnknownValues: false });
    for (const e of flatten(errors)) {
      if (bad.has(e.property) || (values[e.property] === undefined && !isRequired(cols, e.property))) continue;
      for (const msg of Object.values(e.constraints ?? {})) {
        problems.push({ file: file.display, row: r.row, column: e.property, reason: explain(msg, cols, e.property) });
      }
    }
    // Validation may normalise a value (USCCs to upper case): the row keeps the normalised one.
    for (const col of cols) if (values[col.name] !== undefined) values[col.name] = (instance as Record<string, unknown>)[col.name];
    out.push({ row: r.row, values });
  }
  return out;
}

function isRequired(cols: ColumnDef[], name: string): boolean {
  return cols.find((c) => c.name === name)?.required ?? false;
}

function flatten(errors: ValidationError[]): ValidationError[] {
  return errors.flatMap((e) => [e, ...flatten(e.children ?? [])]);
}

/** class-validator's messages start with the property name; ours read better without it. */
function explain(msg: string, cols: ColumnDef[], property: string): string {
  const col = cols.find((c) => c.name === property);
  if (col?.allowed && /must be one of the following values/.test(msg)) return `must be one of ${col.allowed.join(', ')}`;
  return msg.startsWith(`${property} `) ? msg.slice(property.length + 1) : msg;
}

function keyOf(values: Record<string, unknown>, key: string[]): string {
  return key.map((k) => cellText(values[k])).join(' / ');
}

function checkDuplicates(rows: Map<string, TypedRow[]>, displays: Map<string, string>, problems: Problem[]): void {
  for (const [name, list] of rows) {
    const spec = FILE_BY_NAME.get(name)!;
    const seen = new Map<string, number>();
    for (const r of list) {
      if (spec.key.some((k) => r.values[k] === undefined && isRequired(columns(spec), k))) continue;
      const k = keyOf(r.values, spec.key);
      const first = seen.get(k);
      if (first !== undefined) {
        problems.push({
          file: displays.get(name)!,
          row: r.row,
          column: spec.key.join('+'),
          reason: `duplicate key "${k}" (first at row ${first})`,
        });
      } else {
        seen.set(k, r.row);
      }
    }
  }
}

function checkCrossFields(rows: Map<string, TypedRow[]>, displays: Map<string, string>, problems: Problem[]): void {
  const push = (name: string, row: number, column: string, reason: string): void => {
    problems.push({ file: displays.get(name)!, row, column, reason });
  };
  checkLandingRows(rows, push);
  for (const r of rows.get('parks') ?? []) {
    const { totalLandMu, availableLandMu } = r.values as { totalLandMu?: number; availableLandMu?: number };
    if (totalLandMu !== undefined && availableLandMu !== undefined && totalLandMu >= 0 && availableLandMu > totalLandMu) {
      push('parks', r.row, 'availableLandMu', `available land ${availableLandMu} 亩 exceeds total land ${totalLandMu} 亩`);
    }
  }
  for (const r of rows.get('enterprises') ?? []) {
    const v = r.values as { isLocal?: boolean; cityCode?: string; townCode?: string; countryCode?: string };
    if (v.cityCode === undefined && v.countryCode === undefined)
      push('enterprises', r.row, 'cityCode', 'a city (GB/T 2260) is required, or for a firm abroad a countryCode');
    if (v.cityCode !== undefined && v.countryCode !== undefined)
      push('enterprises', r.row, 'countryCode', 'give a city or, for a firm abroad, a country, not both');
    if (v.isLocal && v.cityCode !== NANAN_CITY_CODE) {
      push('enterprises', r.row, 'cityCode', `a local enterprise must be in 南安市 (${NANAN_CITY_CODE}), got ${v.cityCode}`);
    }
    if (v.townCode !== undefined && !v.townCode.startsWith(v.cityCode ?? '')) {
      push('enterprises', r.row, 'townCode', `town ${v.townCode} is not in city ${v.cityCode}`);
    }
  }
  for (const r of rows.get('chambers') ?? []) {
    const v = r.values as { kind?: string; cityCode?: string; countryCode?: string };
    if (v.kind === 'OVERSEAS' && v.countryCode === undefined)
      push('chambers', r.row, 'countryCode', 'an overseas chamber needs its country');
    if (v.kind !== 'OVERSEAS' && v.kind !== undefined && v.cityCode === undefined)
      push('chambers', r.row, 'cityCode', 'a domestic or 港澳台 chamber needs its city');
  }
  for (const r of rows.get('teams') ?? []) {
    if (r.values.parentId !== undefined && r.values.parentId === r.values.id)
      push('teams', r.row, 'parentId', 'a team cannot be its own parent');
  }
  for (const r of rows.get('link_supplies') ?? []) {
    if (r.values.fromLink === r.values.toLink) push('link_supplies', r.row, 'toLink', 'a link cannot supply itself');
  }
  for (const r of rows.get('enterprise_supplies') ?? []) {
    if (r.values.supplierUscc === r.values.customerUscc)
      push('enterprise_supplies', r.row, 'customerUscc', 'an enterprise cannot supply itself');
  }
  for (const r of rows.get('projects') ?? []) {
    for (const p of stageProblems(r.values)) push('projects', r.row, p.column, p.reason);
  }
}

/**
 * A project's stage must agree with its dates: every stage it passed through has a date, no stage
 * after the current one has a date, and the dates do not go backwards.
 */
export function stageProblems(v: Record<string, unknown>): Array<{ column: string; reason: string }> {
  // An unknown stage is reported by the column's own rule; there is nothing to check it against here.
  if (!isStage(v.stage)) return [];
  return stageDateProblems(v.stage, (s) => v[STAGE_DATE_FIELD[s]] as string | undefined).map((p) => ({
    column: p.field,
    reason: p.reason,
  }));
}

interface PendingRef extends Problem {
  target: string;
  key: string;
}

/** References whose key is not in the dataset itself (they may still name nodes already in a database). */
function unresolvedReferences(rows: Map<string, TypedRow[]>, displays: Map<string, string>): PendingRef[] {
  const present = new Map<string, Set<string>>();
  for (const spec of FILES) {
    if (spec.kind !== 'node') continue;
    present.set(spec.name, new Set((rows.get(spec.name) ?? []).map((r) => String(r.values[spec.key[0]]))));
  }
  const pending: PendingRef[] = [];
  for (const [name, list] of rows) {
    const cols = columns(FILE_BY_NAME.get(name)!).filter((c) => c.ref);
    for (const r of list) {
      for (const c of cols) {
        const v = r.values[c.name];
        // A list column references each of its items.
        for (const item of v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]) {
          if (present.get(c.ref!)?.has(cellText(item))) continue;
          const target = c.ref!;
          pending.push({
            file: displays.get(name)!,
            row: r.row,
            column: c.name,
            target,
            key: cellText(item),
            reason: `references ${REF_LABEL_NAME[target] ?? target} "${cellText(item)}"`,
          });
        }
      }
    }
  }
  return pending;
}

/** References must resolve in the dataset or in the database (asked once per target label). */
async function checkReferences(
  rows: Map<string, TypedRow[]>,
  displays: Map<string, string>,
  problems: Problem[],
  gw: Neo4jGateway,
): Promise<void> {
  const pending = unresolvedReferences(rows, displays);
  const inDb = new Map<string, Set<string>>();
  for (const target of new Set(pending.map((p) => p.target))) {
    const keys = [...new Set(pending.filter((p) => p.target === target).map((p) => p.key))];
    const found = await gw.read(EXISTING_KEYS, { label: FILE_BY_NAME.get(target)!.label!, keys });
    inDb.set(target, new Set(found.map((f) => f.key)));
  }
  for (const p of pending) {
    if (inDb.get(p.target)?.has(p.key)) continue;
    problems.push({
      file: p.file,
      row: p.row,
      column: p.column,
      reason: `dangling reference: unknown ${REF_LABEL_NAME[p.target] ?? p.target} "${p.key}" (not in ${p.target} nor in the database)`,
    });
  }
}

async function checkStageJumps(
  rows: Map<string, TypedRow[]>,
  displays: Map<string, string>,
  problems: Problem[],
  gw: Neo4jGateway,
): Promise<void> {
  const list = rows.get('projects') ?? [];
  if (list.length === 0) return;
  const current = new Map((await gw.read(PROJECT_STAGES, { ids: list.map((r) => String(r.values.id)) })).map((r) => [r.id, r.stage]));
  for (const r of list) {
    const before = current.get(String(r.values.id));
    const after = r.values.stage;
    if (isStage(before) && isStage(after) && !canMove(before, after)) {
      problems.push({
        file: displays.get('projects')!,
        row: r.row,
        column: 'stage',
        reason: `impossible stage jump: the project is ${before} (${PROJECT_STAGE_ZH[before]}) in the database and cannot move to ${after} (${PROJECT_STAGE_ZH[after]})`,
      });
    }
  }
}
