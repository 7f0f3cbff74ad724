/**
 * The three maps (三图) of docs/map.md: a thin layer of glue between the GraphQL API and two
 * well-kept libraries — Cytoscape.js draws the chain, Apache ECharts the map of China and the charts.
 * Everything comes from /graphql (with the token when roles are on); nothing from another host.
 */
import * as echarts from 'echarts';
import { $, Json, TOKEN_KEY, VIEWS, View, api, esc, fail, headers, state, token } from './page';
import { arrangeChain, drawChain, plan, showLink, togglePick, whatIf } from './chain';
import { assess, report } from './assess';
import { drawTargets } from './targets';
import { drawParks, showPark } from './parks';
import { briefing, drawCockpit, drill } from './cockpit';
import { assessFromFirm, openFirm } from './firm';
import { ask } from './ask';

// ------------------------------------------------------------------ exports, views, start
async function download(name: string): Promise<void> {
  const q = new URLSearchParams({ industryCode: state.industry });
  if (name === 'rank-targets' || name === 'plan-portfolio') q.set('mode', state.mode);
  if (name === 'plan-portfolio') {
    q.set('count', $<HTMLInputElement>('plan-count').value || '8');
    const land = $<HTMLInputElement>('plan-land').value;
    if (Number(land) > 0) q.set('landBudgetMu', land);
  }
  if (name === 'pipeline-stats') {
    q.delete('industryCode');
    q.set('from', `${state.year}-01-01`);
    q.set('to', `${state.year}-12-31`);
  }
  const res = await fetch(`/export/${name}.xlsx?${q.toString()}`, { headers: headers() });
  if (!res.ok) {
    const body = (await res.json()) as { errors?: Array<{ extensions?: { messageZh?: string }; message: string }> };
    $('result').innerHTML =
      `<p class="error">导出失败：${esc(body.errors?.[0]?.extensions?.messageZh ?? body.errors?.[0]?.message ?? res.status)}</p>`;
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${name}.xlsx`);
  a.click();
  URL.revokeObjectURL(a.href);
}

/** The loading line under the tabs while a view asks the API (a cold chain can take a few seconds). */
function busy(on: boolean): void {
  $('loading').hidden = !on;
  document.querySelector('main')!.setAttribute('aria-busy', String(on));
}

async function show(view: View): Promise<void> {
  state.view = view;
  for (const v of VIEWS) {
    $(`view-${v}`).hidden = v !== view;
    $(`tab-${v}`).setAttribute('aria-selected', String(v === view));
  }
  // The cockpit reads the whole width; the link panel and the planning row belong to the maps.
  $('panel').hidden = view === 'cockpit';
  document.querySelector('main')!.classList.toggle('wide', view === 'cockpit');
  $('planning').hidden = view === 'cockpit';
  if (location.hash !== `#${view}`) history.replaceState(null, '', `${location.pathname}${location.search}#${view}`);
  delete document.body.dataset.ready;
  busy(true);
  try {
    if (view === 'cockpit') await drawCockpit().catch((e) => fail($('kpis'), e));
    if (view === 'chain') await drawChain().catch((e) => fail($('result'), e));
    if (view === 'target') await drawTargets();
    if (view === 'park') await drawParks();
  } finally {
    busy(false);
  }
  document.body.dataset.ready = view;
}

/** A chain, link or park an answer cites, opened on its map. */
async function openCited(kind: string, id: string, chain: string): Promise<void> {
  $<HTMLDialogElement>('ask').close();
  if (kind === 'PARK') {
    await show('park');
    showPark(id);
    return;
  }
  if (chain && chain !== state.industry) {
    state.industry = chain;
    $<HTMLSelectElement>('industry').value = chain;
  }
  await show('chain');
  if (kind === 'LINK') await showLink(id);
}

async function start(): Promise<void> {
  const given = new URLSearchParams(location.search).get('token');
  if (given) {
    localStorage.setItem(TOKEN_KEY, given);
    // Keep the token out of the address bar and the browser history.
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
  }
  $<HTMLInputElement>('token').value = localStorage.getItem(TOKEN_KEY) ?? '';
  $('token').addEventListener('change', () => {
    localStorage.setItem(TOKEN_KEY, token());
    void show(state.view);
  });
  $('industry').addEventListener('change', (e) => {
    state.industry = (e.target as HTMLSelectElement).value;
    void show(state.view);
  });
  $('mode').addEventListener('change', (e) => {
    state.mode = (e.target as HTMLSelectElement).value;
    void show(state.view);
  });
  document
    .querySelectorAll<HTMLButtonElement>('[role="tab"]')
    .forEach((b) => b.addEventListener('click', () => void show(b.dataset.view as View)));
  $('period').addEventListener('change', () => void show('cockpit'));
  document
    .querySelectorAll<HTMLButtonElement>('[data-briefing]')
    .forEach((b) => b.addEventListener('click', () => void briefing(b.dataset.briefing!)));
  $('kpis').addEventListener('click', (e) => {
    const kpi = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-kpi]')?.dataset.kpi;
    if (kpi) void drill(kpi);
  });
  $('parklist').addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-park]')?.dataset.park;
    if (id) showPark(id);
  });
  $('chain-links').addEventListener('click', (e) => {
    const code = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-link]')?.dataset.link;
    if (code) void showLink(code);
  });
  $('panel-body').addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.dataset.pick) togglePick(box.dataset.pick, box.dataset.name ?? box.dataset.pick);
  });
  $('whatif').addEventListener('click', () => void whatIf());
  // Any 企业画像 button, wherever a list shows a firm.
  document.addEventListener('click', (e) => {
    const uscc = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-firm]')?.dataset.firm;
    if (uscc) void openFirm(uscc);
  });
  $('firm-close').addEventListener('click', () => $<HTMLDialogElement>('firm').close());
  $('firm-body').addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-assess-firm-project]');
    if (b) void assessFromFirm(b);
  });
  // 问一问: the answer's citations open the maps; its follow-ups ask again.
  $('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void ask($<HTMLInputElement>('ask-input').value);
  });
  $('ask-close').addEventListener('click', () => $<HTMLDialogElement>('ask').close());
  $('ask-body').addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const again = target.closest<HTMLButtonElement>('[data-ask-q]')?.dataset.askQ;
    if (again) {
      $<HTMLInputElement>('ask-input').value = again;
      return void ask(again);
    }
    const open = target.closest<HTMLButtonElement>('[data-ask-open]');
    if (open) void openCited(open.dataset.askOpen!, open.dataset.id!, open.dataset.chain ?? '');
  });
  $('reset').addEventListener('click', () => void show('chain'));
  $('plan').addEventListener('click', () => void plan());
  $('assess').addEventListener('click', () => void assess());
  $('assess-project').addEventListener('change', (e) => {
    $('assess-form').hidden = (e.target as HTMLSelectElement).value !== '';
  });
  $('result').addEventListener('click', (e) => {
    const ext = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-report]')?.dataset.report;
    if (ext) void report(ext);
  });
  document
    .querySelectorAll<HTMLButtonElement>('[data-export]')
    .forEach((b) => b.addEventListener('click', () => void download(b.dataset.export!)));
  // An address typed or followed within the page (#chain, #park…) opens its tab, as a first load does.
  window.addEventListener('hashchange', () => {
    const v = location.hash.slice(1) as View;
    if (VIEWS.includes(v) && v !== state.view) void show(v);
  });
  window.addEventListener('resize', () => {
    arrangeChain();
    for (const id of ['targetmap', 'parkchart', 'curve']) echarts.getInstanceByDom($(id))?.resize();
  });
  // For the end-to-end tests: the drawn graph, as the page holds it (set before anything is drawn),
  // and the chart of a view by its element id (the tests show tooltips through ECharts' own actions).
  (window as unknown as { __map: unknown }).__map = Object.assign(state, { chart: (id: string) => echarts.getInstanceByDom($(id)) });
  // The view named in the address (#chain …), else the cockpit (which needs the year of the data first).
  const named = location.hash.slice(1) as View;
  const view: View = VIEWS.includes(named) ? named : 'cockpit';
  const first = view === 'cockpit' ? Promise.resolve() : show(view);
  try {
    const d = await api('PageStart');
    for (const i of d.industries as Json[]) state.names.set(i.code as string, i.name as string);
    $('industry').innerHTML = (d.industries as Json[])
      .map((i) => `<option value="${esc(i.code)}" ${i.code === state.industry ? 'selected' : ''}>${esc(i.name)}</option>`)
      .join('');
    state.latestSigned = ((d.projects.edges as Json[])[0]?.node.signedOn as string | undefined) ?? '';
    state.year = state.latestSigned.slice(0, 4) || String(new Date().getFullYear());
  } catch (e) {
    fail($('result'), e);
  }
  await first;
  if (view === 'cockpit') await show('cockpit');
}

void start();
