/**
 * Entity resolution (企业查重): which enterprise records probably describe the same firm. Pure, so that
 * the importer (on a dataset) and the service (on the graph) apply one rule.
 *
 * Two records have the same name key when their names agree once the parts that vary between
 * registrations are dropped: bracketed parts (「阳光中科（福建）能源」), leading place names
 * (福建、南安市、常州), and trailing organisation forms (科技、实业、股份有限公司…). A pair with the same name
 * key is a *possible* duplicate; it is *probable* when they also share an executive or a city —
 * two firms may share a trade name in different cities, hardly a chairman too.
 */

const ORG_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '股份',
  '控股',
  '公司',
  '科技',
  '实业',
  '制造',
  '工业',
  '发展',
  '国际',
];
const PLACE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|县|区)$/;

/** Place names to strip from the front of firm names: each as given and without its administrative suffix. */
export function placeNames(names: Iterable<string>): string[] {
  const out = new Set<string>(['中国']);
  for (const n of names) {
    if (!n) continue;
    out.add(n);
    const short = n.replace(PLACE_SUFFIX, '');
    if (short.length >= 2) out.add(short);
  }
  // Longest first, so that 南安市 goes before 南安.
  return [...out].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The name with registration variants removed; never empty (falls back to the cleaned name). */
export function nameKey(name: string, places: readonly string[]): string {
  const cleaned = name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[(（][^()（）]*[)）]/g, '');
  let key = cleaned;
  for (let changed = true; changed;) {
    changed = false;
    for (const form of ORG_FORMS) {
      if (key.endsWith(form) && key.length > form.length + 1) {
        key = key.slice(0, -form.length);
        changed = true;
      }
    }
    for (const place of places) {
      if (key.startsWith(place) && key.length > place.length + 1) {
        key = key.slice(place.length);
        changed = true;
      }
    }
  }
  return key || cleaned;
}

export enum DuplicateReason {
  /** 名称相同（去除地名、括号与组织形式后） */
  SAME_NAME = 'SAME_NAME',
  /** 有共同的高管 */
  SHARED_EXECUTIVE = 'SHARED_EXECUTIVE',
  /** 位于同一城市 */
  SAME_CITY = 'SAME_CITY',
}
export const DUPLICATE_REASON_ZH: Record<DuplicateReason, string> = {
  SAME_NAME: '名称相同',
  SHARED_EXECUTIVE: '有共同高管',
  SAME_CITY: '同城',
};

export interface IdentityRecord {
  uscc: string;
  name: string;
  cityCode: string | null;
  /** Ids of the people who are its executives. */
  executives: string[];
}

export interface DuplicateMatch {
  uscc: string;
  name: string;
  reasons: DuplicateReason[];
  /** Same name key and a shared executive or city: treated as the same firm (one row in a ranking). */
  probable: boolean;
}

/** For every record with a possible duplicate, its matches, probable ones first, then by USCC. */
export function findDuplicates(records: readonly IdentityRecord[], places: readonly string[]): Map<string, DuplicateMatch[]> {
  const byKey = new Map<string, IdentityRecord[]>();
  for (const r of records) {
    const key = nameKey(r.name, places);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const out = new Map<string, DuplicateMatch[]>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const a of group) {
      const matches = group
        .filter((b) => b.uscc !== a.uscc)
        .map((b) => {
          const reasons = [DuplicateReason.SAME_NAME];
          if (a.executives.some((p) => b.executives.includes(p))) reasons.push(DuplicateReason.SHARED_EXECUTIVE);
          if (a.cityCode !== null && a.cityCode === b.cityCode) reasons.push(DuplicateReason.SAME_CITY);
          return { uscc: b.uscc, name: b.name, reasons, probable: reasons.length > 1 };
        })
        .sort((x, y) => +y.probable - +x.probable || (x.uscc < y.uscc ? -1 : 1));
      out.set(a.uscc, matches);
    }
  }
  return out;
}

/**
 * Groups of probable duplicates (connected through probable matches), each as a sorted list of
 * USCCs, keyed by every member.
 */
export function probableGroups(matches: Map<string, DuplicateMatch[]>): Map<string, string[]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, list] of matches) {
    for (const m of list) {
      if (!m.probable) continue;
      const [ra, rb] = [find(a), find(m.uscc)];
      if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
    }
  }
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const root = find(x);
    groups.set(root, [...(groups.get(root) ?? []), x]);
  }
  const out = new Map<string, string[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...new Set(members)].sort();
    for (const m of sorted) out.set(m, sorted);
  }
  return out;
}
