/** The park map (园区载体图): Nan’an’s towns as a schematic, the parks on them, plots by status. */
import * as echarts from 'echarts';
import { $, Json, api, coords, esc, fail, num, pct, state } from './page';

// ------------------------------------------------------------------ 园区载体图
export const PLOT_COLOR: Record<string, string> = {
  AVAILABLE: '#2ca02c',
  RESERVED: '#98df8a',
  ALLOCATED: '#1f77b4',
  BUILDING: '#9467bd',
  PRODUCING: '#7f7f7f',
  IDLE: '#d62728',
  REVITALIZING: '#ff7f0e',
};

/** A park's plots as coloured chips by status, with their area. */
export function plotChips(plots: Json[]): string {
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

export async function drawParks(): Promise<void> {
  const el = $('parkchart');
  try {
    const d = await api('PageParks', { y: Number(state.year) });
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

export function parkOption(towns: Json[], dots: Json[], chainName: string): Json {
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
export function showPark(id: string): void {
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
