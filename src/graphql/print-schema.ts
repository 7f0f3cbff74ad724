import { lexicographicSortSchema, printSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { getSchema } from './schema';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
const HEADER = '# Generated from the TypeScript code by `npm run schema:emit`. Do not edit by hand.\n\n';

/** The SDL the code defines, sorted so that the committed file diffs cleanly. */
export async function emittedSdl(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

export function committedSdl(): string | undefined {
  return fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : undefined;
}
