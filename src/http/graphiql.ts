import { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { loadExamples } from '../graphql/examples';
import { pageHeaders } from './page-headers';

/** Root folder of an installed package (its package.json may not export the files we serve). */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (
    !fs.existsSync(path.join(dir, 'package.json')) ||
    (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name
  ) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package ${name} not found`);
    dir = up;
  }
  return dir;
}

/** Files the page needs, served from the installed packages: no CDN, works on offline networks. */
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

/** The explorer's start-up script, served as a file: the pages run no inline script (see PAGE_CSP). */
const BOOT = `const tabs = JSON.parse(document.getElementById('tabs').textContent);
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, shouldPersistHeaders: false })
);
`;

function page(tabs: Array<{ query: string; variables?: string }>): string {
  // JSON in a data block (never executed); '<' escaped so a query text can never close the tag.
  const data = JSON.stringify(tabs).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>南安产业链招商知识图谱 · 离线查询台</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">正在加载查询台……</div>
<script type="application/json" id="tabs">${data}</script>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/boot.js"></script>
</body>
</html>`;
}

/** GET /graphiql: a self-contained GraphiQL with the example operations preloaded as tabs. */
export function graphiqlRoutes(): Router {
  const router = Router();
  const examples = loadExamples();
  const html = page(
    examples.map((e) => ({
      query: `# ${e.title}\n${e.query}`,
      variables: Object.keys(e.variables).length > 0 ? JSON.stringify(e.variables, null, 2) : undefined,
    })),
  );
  router.use('/graphiql', pageHeaders());
  router.get('/graphiql/assets/boot.js', (_req, res) => {
    res.type('text/javascript').send(BOOT);
  });
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(html);
  });
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/graphiql/assets/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  return router;
}
