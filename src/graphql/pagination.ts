import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import crypto from 'node:crypto';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { Neo4jGateway } from '../db/gateway';
import type { CypherName } from '../db/cypher-names';
import { defineQuery, nested, Query, Shape, withWhere } from '../db/query';
import { BadInputError } from '../errors';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE, description: `How many items to return (1–${MAX_PAGE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first: number = DEFAULT_PAGE;

  @Field({ nullable: true, description: 'Cursor of the last item already seen (`pageInfo.endCursor`).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  after?: string;
}

@ObjectType({ description: 'Relay page information. Paging is forward-only with keyset cursors.' })
export class PageInfo {
  @Field({ description: 'More items follow.' })
  hasNextPage!: boolean;

  @Field({ description: 'Always false: paging is forward-only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Sort key of a row: [number, string, unique key]; see cypher/common/page-window.cypher. */
export type SortKey = [number, string, string];

/**
 * The question a cursor answers: its ordering and a digest of everything else that decides the list
 * (filters, mode, weights). A cursor carries it, so one made for another question is refused rather
 * than silently skipping or repeating rows.
 */
export function questionKey(order: string, input: unknown): string {
  return `${order}:${crypto.createHash('sha256').update(canonical(input)).digest('base64url').slice(0, 16)}`;
}

function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined && x !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Cursors name the question they belong to (questionKey), so a cursor from another one is rejected. */
export function encodeCursor(order: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ o: order, k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, path = 'after'): SortKey {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadInputError([{ path, message: 'malformed cursor; use a pageInfo.endCursor from a previous page' }]);
  }
  const p = parsed as { o?: unknown; k?: unknown };
  const k = p.k as unknown[];
  if (!Array.isArray(k) || k.length !== 3 || typeof k[0] !== 'number' || typeof k[1] !== 'string' || typeof k[2] !== 'string') {
    throw new BadInputError([{ path, message: 'malformed cursor; use a pageInfo.endCursor from a previous page' }]);
  }
  if (p.o !== order) {
    throw new BadInputError([
      {
        path,
        message: 'this cursor belongs to another question (a different ordering, filter, mode or weights); start again without "after"',
      },
    ]);
  }
  return k as SortKey;
}

/** Where a ranked list left off: the last row's score, rank and key (ranks continue on the next page). */
export interface RankCursor {
  score: number;
  rank: number;
  uscc: string;
}

export function encodeRankCursor(order: string, c: RankCursor): string {
  return encodeCursor(order, [-c.score, String(c.rank), c.uscc]);
}

export function decodeRankCursor(cursor: string, order: string, path: string): RankCursor {
  const [negScore, rank, uscc] = decodeCursor(cursor, order, path);
  if (!/^\d+$/.test(rank)) throw new BadInputError([{ path, message: 'malformed cursor; use a pageInfo.endCursor from a previous page' }]);
  return { score: -negScore, rank: Number(rank), uscc };
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Runs the count query; called only when a client selects totalCount. */
  count: () => Promise<number>;
}

/**
 * Builds `XConnection` and `XEdge` object types for a node type. With `extended`, the connection
 * class is an abstract base: a subclass named `XConnection` adds fields (ProjectConnection's sums).
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, what: string, extended = false) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node!: T;

    @Field({ description: 'Opaque keyset cursor of this item.' })
    cursor!: string;
  }

  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    private readonly count: () => Promise<number>;

    constructor(shape: ConnectionShape<T>) {
      this.edges = shape.edges;
      this.pageInfo = shape.pageInfo;
      this.count = shape.count;
    }

    @Field(() => Int, { description: 'Number of items matching the filter (computed only when asked).' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  // An extended base is registered under another name (type-graphql inherits fields only from
  // registered types); nothing returns it, so it stays out of the schema.
  ObjectType(extended ? `${name}ConnectionBase` : `${name}Connection`, { description: `A page of ${what}.` })(ConnectionClass);
  return ConnectionClass;
}

/** The `$f` map a filter Cypher file takes: each of the filter input's keys, null when not given. */
export type FilterValues<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> | null };

/** Every filter key present (null when not given), as the filter Cypher files expect. */
export function filterParams<T extends object, K extends keyof T>(filter: T | undefined, keys: readonly K[]): FilterValues<T, K> {
  const out = {} as FilterValues<T, K>;
  for (const k of keys) out[k] = filter?.[k] ?? null;
  return out;
}

/** Server-side sort keys of a listing, chosen from its ordering enum (never a client-given property name). */
export interface SortParams {
  numKey: string | null;
  strKey: string | null;
  dir: 1 | -1;
}

/** A page row as a listing may return it: the node may be completed afterwards (see fetchPage's onRows). */
export interface PagedRow<T> {
  node: T | null;
  sortKey: SortKey;
}

export interface PageRow<T> {
  node: T;
  sortKey: SortKey;
}

/** A keyset listing: its filter file with the shared page tail, and with the shared count tail. */
export interface PageQueries<P extends object, T, Row extends PagedRow<T> = PageRow<T>> {
  page: Query<P & { after: SortKey | null; limit: number }, Row>;
  count: Query<P, { total: number }>;
}

/** Declares a listing from a filter file ending in `WITH n AS node, s1, s2, k` (see cypher/common/page-window.cypher). */
export function definePage<P extends object, T>(filter: CypherName, node: Shape<T>): PageQueries<P, T> {
  return {
    // A generic T leaves the shape's conditional type unresolved; the shape is right by construction.
    page: defineQuery<P & { after: SortKey | null; limit: number }, PageRow<T>>([filter, 'common/page-window', 'common/page-return'], {
      node: nested(node),
      sortKey: 'any',
    } as Shape<PageRow<T>>),
    count: defineQuery<P, { total: number }>([filter, 'common/count'], { total: 'number' }),
  };
}

/**
 * A listing whose WHERE clause is composed per request: the page and count queries with the
 * sections of `whereFile` named by the filters given (both start with a MATCH file). An index on
 * a given filter can then be used, which one clause with every filter as `$x IS NULL OR …` hides.
 */
export function filteredPage<P extends object, T, Row extends PagedRow<T>>(
  queries: PageQueries<P, T, Row>,
  whereFile: CypherName,
  given: readonly string[],
): PageQueries<P, T, Row> {
  return { page: withWhere(queries.page, whereFile, given), count: withWhere(queries.count, whereFile, given) };
}

/** The keys of a `$f` filter map that are set (the sections to compose). */
export function givenKeys(f: Record<string, unknown>): string[] {
  return Object.keys(f).filter((k) => f[k] !== null && f[k] !== undefined);
}

export interface PageOptions<Row> {
  /** Sees the page's rows and completes them (a listing that folds relations primes the loaders here). */
  onRows?: (rows: Row[]) => void;
  /** What the cursor is bound to, when params carry more than the question (default: params). */
  boundTo?: object;
  /** Reads the rows after a cursor, in order (default: the page query); a listing may read in parts. */
  read?: (after: SortKey | null, limit: number) => Promise<Row[]>;
}

/**
 * Runs one page of a keyset-paginated listing: asks for one row more than `first` to know whether
 * another page follows; totalCount runs the same filter with the count tail, lazily.
 * `order` names the ordering in the cursor, so a cursor from another ordering is refused.
 */
export async function fetchPage<P extends object, T extends object, Row extends PagedRow<T> = PageRow<T>>(
  gw: Neo4jGateway,
  queries: PageQueries<P, T, Row>,
  params: P,
  order: string,
  args: PageArgs,
  opts: PageOptions<Row> = {},
): Promise<ConnectionShape<T>> {
  const { onRows, boundTo = params, read = (after, limit) => gw.read(queries.page, { ...params, after, limit }) } = opts;
  // Bound to the ordering and the filters: a cursor reused with other filters is refused.
  const question = questionKey(order, boundTo);
  const after = args.after ? decodeCursor(args.after, question) : null;
  const rows = await read(after, args.first + 1);
  const page = rows.slice(0, args.first);
  onRows?.(page);
  // A row whose node is null here was not completed by onRows: a bug, not an empty item.
  const edges = page.map((r) => ({ node: r.node as T, cursor: encodeCursor(question, r.sortKey) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count: () => (counted ??= gw.read(queries.count, params).then((r) => r[0]?.total ?? 0)),
  };
}
