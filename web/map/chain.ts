/** The chain map (产业链图谱): links by stage, the link panel, the what-if and the portfolio. */
import cytoscape, { ElementDefinition } from 'cytoscape';
import * as echarts from 'echarts';
import { $, Json, ROLE_NOTE, STATUS_COLOR, api, esc, fail, investorButton, num, pct, state } from './page';
import { fillAssessChoices } from './assess';

export const STAGE_COLUMN: Record<string, number> = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 };

// ------------------------------------------------------------------ 产业链图谱
// The diagnosis is open to every role; the ranking needs an analyst. Asked apart, so a viewer still
// gets the chain and the page says what a higher role would add.

/** A node's label: the link's name, its local supply rate when known, and how many suggested firms would fill it. */
export function linkLabel(name: string, rate: unknown, suggested = 0): string {
  const lines = [name];
  if (typeof rate === 'number') lines.push(`配套率 ${Math.round(rate * 100)}%`);
  if (suggested > 0) lines.push(`推荐 ${suggested} 家`);
  return lines.join('\n');
}

/** Gap between two labels in a column, and the room above the first one (px, at zoom 1). */
export const ROW_GAP = 14;
export const TOP = 10;

/**
 * Places the links in three stage columns at zoom 1, one under another by the height their label
 * really takes, so no label shrinks below its 13 px and none overlaps another; the canvas grows to the
 * column's height and the page scrolls instead of the map shrinking.
 */
export function arrangeChain(): void {
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

export async function drawChain(): Promise<void> {
  // A new chain starts clean: no ticked firms, no answer of the last chain.
  state.picked.clear();
  $('picked').textContent = '0';
  $<HTMLButtonElement>('whatif').disabled = true;
  $('result').textContent = '';
  $('curve').hidden = true;
  const [d, ranked] = await Promise.all([
    api('PageChain', { c: state.industry }),
    api('PageChainRanking', { c: state.industry, m: state.mode }).catch((e: unknown) => e as Error),
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
export function chainPanel(): void {
  $('panel-title').textContent = `${state.chainName} · 推荐企业`;
  delete $('panel-title').dataset.link;
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

export const CHAIN_STYLE: cytoscape.StylesheetJson = [
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

export const COLOUR_ZH: Record<string, string> = { RED: '红', AMBER: '黄', GREEN: '绿' };
/** Relationship types of a warm path, as an analyst reads them. */
export const REL_ZH: Record<string, string> = {
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

export async function showLink(code: string): Promise<void> {
  const body = $('panel-body');
  try {
    const [d, ranked] = await Promise.all([
      // Warnings as of the data's last signing day (the demo stops in 2022), or today.
      api('PageLink', { c: code, on: state.latestSigned || null }),
      state.canRank
        ? api('PageLinkRanking', { c: code, i: state.industry, m: state.mode })
        : Promise.resolve({ rankTargets: { edges: [] } }),
    ]);
    const link = d.chainLink;
    const edges = ranked.rankTargets.edges as Json[];
    // The link's name for the reader; its code stays on the element for links and tests.
    $('panel-title').textContent = `${state.chainName} · ${link.name as string}`;
    $('panel-title').dataset.link = link.code as string;
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
export function drawPath(container: HTMLElement, path: Json): void {
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

export function togglePick(uscc: string, name: string): void {
  if (state.picked.has(uscc)) state.picked.delete(uscc);
  else state.picked.add(uscc);
  $('picked').textContent = String(state.picked.size);
  $<HTMLButtonElement>('whatif').disabled = state.picked.size === 0;
  $('result').textContent = `${state.picked.has(uscc) ? '已选' : '已取消'}：${name}`;
}

export async function whatIf(): Promise<void> {
  const out = $('result');
  try {
    const d = await api('PageWhatIf', { t: [...state.picked] });
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

export async function plan(): Promise<void> {
  const out = $('result');
  try {
    const count = Number($<HTMLInputElement>('plan-count').value) || 8;
    const land = Number($<HTMLInputElement>('plan-land').value);
    const d = await api('PagePortfolio', {
      i: { industryCode: state.industry, mode: state.mode, count, ...(land > 0 ? { landBudgetMu: land } : {}) },
    });
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
