import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { CypherName } from './cypher-names';
import type { Query } from './query';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const CYPHER_NAMES_FILE = path.join(PROJECT_ROOT, 'src', 'db', 'cypher-names.ts');
/** Migrations are split into statements and run by the migrator, not loaded as one query. */
const MIGRATIONS = 'migrations';
const NAME = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
const cache = new Map<string, string>();

/**
 * Loads `cypher/<name>.cypher` once and caches it. Names are checked at compile time against the
 * generated `CypherName` union; the pattern check is a guard against path tricks all the same.
 */
export function loadCypher(name: CypherName): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (!NAME.test(name)) throw new Error(`Invalid cypher file name: ${name}`);
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  const text = stripComments(fs.readFileSync(file, 'utf8')).trim();
  if (text === '') throw new Error(`Cypher file is empty: ${file}`);
  cache.set(name, text);
  return text;
}

/**
 * A fragment file's sections by name: each section starts at a line `// @name` and holds one
 * predicate. A WHERE clause is composed from these only, never from text a client sent.
 */
export function loadSections(name: CypherName): Map<string, string> {
  const hit = sectionCache.get(name);
  if (hit) return hit;
  if (!NAME.test(name)) throw new Error(`Invalid cypher file name: ${name}`);
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').split('\n')) {
    const header = /^\s*\/\/\s*@([A-Za-z0-9_]+)\s*$/.exec(line);
    if (header) {
      current = header[1];
      sections.set(current, '');
    } else if (current !== undefined && !line.trimStart().startsWith('//') && line.trim() !== '') {
      sections.set(current, `${sections.get(current)}\n${line}`.trim());
    }
  }
  sectionCache.set(name, sections);
  return sections;
}
const sectionCache = new Map<string, Map<string, string>>();

const texts = new WeakMap<Query<object, unknown>, string>();

/** The statement a declared query runs: its files joined, with its composed WHERE clause and chosen entries if any. */
export function queryText(query: Query<object, unknown>): string {
  const hit = texts.get(query);
  if (hit !== undefined) return hit;
  const text = composeText(query);
  texts.set(query, text);
  return text;
}

function composeText(query: Query<object, unknown>): string {
  const files = query.files.map((f) =>
    isEntryFile(f) ? entriesText(f, query.entries?.file === f ? query.entries.keys : undefined) : loadCypher(f),
  );
  if (!query.where) return files.join('\n');
  const { file, keys, after, also = [], hint } = query.where;
  const predicates = [...keys.map((key) => ({ file, key })), ...also].map((ref) => `(${section(ref.file, ref.key)})`);
  const where = [...(hint ? [section(hint.file, hint.key)] : []), ...(predicates.length ? [`WHERE ${predicates.join('\n  AND ')}`] : [])];
  return [...files.slice(0, after), ...where, ...files.slice(after)].join('\n');
}

/** Whether a file builds a map from sections (it has `// @open` and `// @close`). */
function isEntryFile(file: CypherName): boolean {
  const sections = loadSections(file);
  return sections.has('open') && sections.has('close');
}

/** A map-building file with these entries written out (all of them when `keys` is undefined), the others null. */
function entriesText(file: CypherName, keys: readonly string[] | undefined): string {
  const names = [...loadSections(file).keys()].filter((k) => k !== 'open' && k !== 'close');
  const unknown = (keys ?? []).filter((k) => !names.includes(k));
  if (unknown.length > 0) throw new Error(`No section @${unknown[0]} in cypher/${file}.cypher`);
  const entries = names.map((k) => (keys === undefined || keys.includes(k) ? section(file, k) : `${k}: null`));
  return [section(file, 'open'), entries.join(',\n'), section(file, 'close')].join('\n');
}

function section(file: CypherName, key: string): string {
  const text = loadSections(file).get(key);
  if (text === undefined || text === '') throw new Error(`No section @${key} in cypher/${file}.cypher`);
  return text;
}

/** Every query file under cypher/ (migrations excluded), as `folder/name`, sorted. */
export function listCypherNames(): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (prefix === '' && entry.name === MIGRATIONS) continue;
        walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.name.endsWith('.cypher')) {
        out.push(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`);
      }
    }
  };
  walk(CYPHER_DIR, '');
  return out.sort();
}

/** The text of src/db/cypher-names.ts for the files on disk. */
export function renderCypherNames(): string {
  const lines = listCypherNames().map((n) => `  | '${n}'`);
  return [
    '// Generated by `npm run cypher:names` from the files under cypher/ (migrations excluded). Do not edit.',
    '// A query naming a file that is not here fails `npm run typecheck`.',
    'export type CypherName =',
    ...lines,
    '  ;',
    '',
  ]
    .join('\n')
    .replace(/\n {2};\n$/, ';\n');
}

/** Removes `//` line comments that start a line (Cypher itself allows them; this keeps logs short). */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/** Splits a migration file into statements on `;` at the end of a line. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
