import type { CypherName } from './cypher-names';

/**
 * The typed query boundary. Every statement the service runs is declared once, next to the service
 * that uses it, with its parameter type and its row shape:
 *
 *   export const FLOWS = defineQuery<NoParams, FlowRow>('analysis/flows', { fromCode: 'string', toCode: 'string', strength: 'number' });
 *
 * The file name is checked against the generated `CypherName` union (cypher/ on disk), so a misspelt
 * name fails `npm run typecheck`; the row shape is checked against the row type, so a renamed or
 * missing column fails it too; and the integration test `query-shapes.test.ts` runs every query
 * exported by a `*.queries.ts` file on the demo data and checks real rows against the same shape.
 */

export type Params = Record<string, unknown>;
export type NoParams = Record<string, never>;

/** A column's kind; a trailing `?` means it may be null (or, inside a nested map, absent). */
type Scalar = 'string' | 'number' | 'boolean' | 'string[]' | 'number[]' | 'map' | 'map[]' | 'any';
export type Kind = Scalar | `${Scalar}?`;

/** A nested map with its own shape (checked one level down, extra keys allowed: nodes carry more). */
export interface Nested<T> {
  readonly nested: Shape<T>;
  readonly list: boolean;
  readonly optional: boolean;
}

type ElementKind<E> = E extends string ? 'string[]' : E extends number ? 'number[]' : E extends object ? 'map[]' | Nested<E> : 'any';
type BaseKind<T> = [T] extends [string]
  ? 'string'
  : [T] extends [number]
    ? 'number'
    : [T] extends [boolean]
      ? 'boolean'
      : [T] extends [ReadonlyArray<infer E>]
        ? ElementKind<E>
        : [T] extends [object]
          ? 'map' | Nested<T>
          : 'any';
type Optional<K> = K extends Scalar ? `${K}?` : K;
/** The kinds a column of TypeScript type T may be declared with. */
export type KindOf<T> = null extends T
  ? Optional<BaseKind<NonNullable<T>>> | 'any'
  : undefined extends T
    ? Optional<BaseKind<NonNullable<T>>> | 'any'
    : BaseKind<T> | 'any';

/** One entry per field of T, no more, no fewer; each kind must agree with the field's type. */
export type Shape<T> = { readonly [K in keyof T]-?: KindOf<T[K]> };

export interface Query<P extends object, R> {
  /** The cypher files, joined in order (a shared filter + a shared tail). */
  readonly files: readonly CypherName[];
  readonly shape: Shape<R>;
  /** Phantom: carries the parameter type; never set. */
  readonly params?: P;
  /** A WHERE clause composed from named sections of a fragment file, placed after `after` files. */
  readonly where?: WhereClause;
  /** The entries of a map-building file to write out; the others become `name: null` (see `withEntries`). */
  readonly entries?: EntryChoice;
}

/**
 * A file that builds a map from sections: `// @open`, one section per entry (`name: expression`),
 * `// @close`. The statement carries only the chosen entries' expressions, so what a request did
 * not ask for is not even planned; the others are written `name: null`.
 */
export interface EntryChoice {
  readonly file: CypherName;
  /** Entry (section) names, chosen by the server, never client text. */
  readonly keys: readonly string[];
}

const entryVariants = new WeakMap<Query<object, unknown>, Map<string, Query<object, unknown>>>();

/**
 * The same query writing out only these entries of its map-building `file`. One object per query and
 * choice, so the statement text (and Neo4j's plan) is made once per combination.
 */
export function withEntries<P extends object, R>(query: Query<P, R>, file: CypherName, keys: readonly string[]): Query<P, R> {
  const chosen = [...keys].sort();
  const id = `${file}:${chosen.join(',')}`;
  let variants = entryVariants.get(query);
  if (!variants) entryVariants.set(query, (variants = new Map<string, Query<object, unknown>>()));
  let variant = variants.get(id);
  if (!variant) variants.set(id, (variant = { ...query, entries: { file, keys: chosen } }));
  return variant as Query<P, R>;
}

export interface WhereClause {
  readonly file: CypherName;
  /** Section names, chosen by the server (the filters a request gave), never client text. */
  readonly keys: readonly string[];
  readonly after: number;
  /** More predicates, from other section files (an ordering's keyset and presence tests). */
  readonly also?: readonly SectionRef[];
  /** A planner hint section placed before the WHERE (`USING INDEX …`). */
  readonly hint?: SectionRef;
}

export interface SectionRef {
  readonly file: CypherName;
  readonly key: string;
}

/** The same query with a WHERE clause made of these sections of `file` after its first `after` files. */
export function withWhere<P extends object, R>(
  query: Query<P, R>,
  file: CypherName,
  keys: readonly string[],
  after = 1,
  more: { also?: readonly SectionRef[]; hint?: SectionRef } = {},
): Query<P, R> {
  return { ...query, where: { file, keys: [...keys].sort(), after, ...more } };
}

export function defineQuery<P extends object, R>(files: CypherName | readonly CypherName[], shape: Shape<R>): Query<P, R> {
  return { files: typeof files === 'string' ? [files] : files, shape };
}

/** Whether a module export is a declared query (the shape test collects them from `*.queries.ts`). */
export function isQuery(value: unknown): value is Query<object, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Query<object, unknown>).files) &&
    typeof (value as Query<object, unknown>).shape === 'object'
  );
}

/** Rows of a relation query: every parent key with one related item (see graphql/loaders.ts). */
export interface RelationRow<Item> {
  key: string;
  item: Item;
}
export type Relation<Item> = Query<{ keys: string[] }, RelationRow<Item>>;

/** A relation query: takes `$keys` and returns `{key, item}` rows, batched per request by DataLoader. */
export function defineRelation<Item>(file: CypherName, item: Shape<Item>): Relation<Item> {
  // A generic Item leaves the shape's conditional type unresolved; the shape is right by construction.
  return defineQuery<{ keys: string[] }, RelationRow<Item>>(file, { key: 'string', item: nested(item) } as Shape<RelationRow<Item>>);
}

export function nested<T>(shape: Shape<T>, opts: { list?: boolean; optional?: boolean } = {}): Nested<T> {
  return { nested: shape, list: opts.list ?? false, optional: opts.optional ?? false };
}

export function queryName(q: Query<object, unknown>): string {
  return q.files.join('+');
}

/**
 * Problems of one row against a shape, as `column: reason` lines (empty when it fits).
 * Top-level columns must match exactly; nested maps may carry more keys than their shape names.
 */
export function shapeProblems(
  row: unknown,
  shape: Shape<unknown> | Record<string, Kind | Nested<unknown>>,
  path = '',
  exact = true,
): string[] {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return [`${path || 'row'}: expected a map, got ${describe(row)}`];
  const entries = Object.entries(shape as Record<string, Kind | Nested<unknown>>);
  const out: string[] = [];
  const values = row as Record<string, unknown>;
  if (exact) {
    const extra = Object.keys(values).filter((k) => !(k in (shape as object)));
    for (const k of extra) out.push(`${path}${k}: column is returned but not declared`);
  }
  for (const [key, kind] of entries) {
    const at = `${path}${key}`;
    const present = key in values;
    const value = values[key];
    if (typeof kind === 'string') {
      const optional = kind.endsWith('?');
      if (value === null || value === undefined) {
        if (!optional && !(present && kind.startsWith('any')))
          out.push(`${at}: ${present ? 'is null' : 'is missing'} but declared ${kind}`);
        if (exact && !present) out.push(`${at}: column is declared but not returned`);
        continue;
      }
      const problem = kindProblem(value, kind.replace(/\?$/, '') as Scalar);
      if (problem) out.push(`${at}: ${problem}`);
    } else {
      if (value === null || value === undefined) {
        if (!kind.optional) out.push(`${at}: ${present ? 'is null' : 'is missing'} but declared a map`);
        continue;
      }
      if (kind.list) {
        if (!Array.isArray(value)) out.push(`${at}: expected a list of maps, got ${describe(value)}`);
        else value.forEach((v, i) => out.push(...shapeProblems(v, kind.nested, `${at}[${i}].`, false)));
      } else {
        out.push(...shapeProblems(value, kind.nested, `${at}.`, false));
      }
    }
  }
  return out;
}

function kindProblem(value: unknown, kind: Scalar): string | undefined {
  const isMap = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
  const ok: Record<Scalar, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean',
    'string[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
    'number[]': (v) => Array.isArray(v) && v.every((x) => typeof x === 'number'),
    map: isMap,
    'map[]': (v) => Array.isArray(v) && v.every(isMap),
    any: () => true,
  };
  return ok[kind](value) ? undefined : `expected ${kind}, got ${describe(value)}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${v.length})`;
  return typeof v === 'object' ? 'a map' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}
