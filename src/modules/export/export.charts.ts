import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { PdfFont } from './export.documents';

/**
 * Charts for documents, drawn on the server: Apache ECharts renders SVG without a browser (its
 * server-side rendering), and resvg turns it into PNG with the CJK font the PDFs embed, so the Chinese
 * shows whatever reads the document.
 */
export function barChartPng(
  title: string,
  categories: string[],
  series: Array<{ name: string; values: number[] }>,
  font: PdfFont | undefined,
): { png: Buffer; width: number; height: number } {
  const width = 900;
  const height = 380;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Noto Sans CJK SC' },
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    legend: { top: 28, show: series.length > 1 },
    grid: { left: 60, right: 20, top: 64, bottom: 70 },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, label: { show: true, position: 'top' } })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new Resvg(svg, {
    background: 'white',
    font: font ? { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' } : { loadSystemFonts: true },
  })
    .render()
    .asPng();
  return { png: Buffer.from(png), width, height };
}
