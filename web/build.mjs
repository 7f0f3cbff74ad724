// Bundles the map page (web/map) into dist/web/map with esbuild: one script with Cytoscape.js,
// ECharts and the China GeoJSON inside, so the page needs no CDN and works on an offline intranet.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { Kind, parse, print } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(root, '..', 'dist', 'web', 'map');
fs.mkdirSync(out, { recursive: true });
// The page's operations by name → id: sha256 of each operation as graphql-js prints it, the same id the
// service computes for its trusted documents (src/graphql/trusted-documents.ts).
const operations = {};
for (const d of parse(fs.readFileSync(path.join(root, 'map', 'operations.graphql'), 'utf8')).definitions) {
  if (d.kind !== Kind.OPERATION_DEFINITION || !d.name) throw new Error('web/map/operations.graphql: every operation needs a name');
  operations[d.name.value] = `sha256:${createHash('sha256').update(print(d)).digest('hex')}`;
}
await build({
  define: { __OPERATIONS__: JSON.stringify(operations) },
  entryPoints: [path.join(root, 'map', 'app.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outfile: path.join(out, 'app.js'),
  legalComments: 'none',
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) fs.copyFileSync(path.join(root, 'map', f), path.join(out, f));
