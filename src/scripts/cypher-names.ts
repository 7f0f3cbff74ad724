import fs from 'node:fs';
import { CYPHER_NAMES_FILE, renderCypherNames } from '../db/cypher-files';

/**
 * `npm run cypher:names` rewrites src/db/cypher-names.ts from the files under cypher/ (run it after
 * adding or renaming a file; it builds without type-checking, since the old list may not compile).
 * `--check` fails when the committed list has drifted.
 */
const text = renderCypherNames();
if (process.argv.includes('--check')) {
  if (fs.readFileSync(CYPHER_NAMES_FILE, 'utf8') !== text) {
    console.error('src/db/cypher-names.ts differs from cypher/. Run `npm run cypher:names` and commit it.');
    process.exit(1);
  }
  console.log('src/db/cypher-names.ts is up to date.');
} else {
  fs.writeFileSync(CYPHER_NAMES_FILE, text);
  console.log('wrote src/db/cypher-names.ts');
}
