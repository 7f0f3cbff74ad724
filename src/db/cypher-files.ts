import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const NAME = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
const cache = new Map<string, string>();

/**
 * Loads `cypher/<name>.cypher` once and caches it. Names are fixed strings in our code,
 * never user input; the pattern check is a guard against path tricks all the same.
 */
export function loadCypher(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (!NAME.test(name)) throw new Error(`Invalid cypher file name: ${name}`);
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  const text = stripComments(fs.readFileSync(file, 'utf8')).trim();
  if (text === '') throw new Error(`Cypher file is empty: ${file}`);
  cache.set(name, text);
  return text;
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
