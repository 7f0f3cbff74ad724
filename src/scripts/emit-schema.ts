import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { committedSdl, emittedSdl, SCHEMA_FILE } from '../schema';

/** `npm run schema:emit` writes schema/schema.graphql; `--check` fails when it has drifted from the code. */
async function main(): Promise<void> {
  const sdl = await emittedSdl();
  if (process.argv.includes('--check')) {
    if (committedSdl() !== sdl) {
      console.error('schema/schema.graphql differs from the schema the code emits. Run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date.');
    return;
  }
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

void main();
