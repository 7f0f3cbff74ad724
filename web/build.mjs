// Bundles the map page (web/map) into dist/web/map with esbuild: one script with Cytoscape.js,
// ECharts and the China GeoJSON inside, so the page needs no CDN and works on an offline intranet.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(root, '..', 'dist', 'web', 'map');
fs.mkdirSync(out, { recursive: true });
await build({
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
