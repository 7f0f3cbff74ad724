import { nameKey } from '../../domain/entity-names';

/** What a name in a question can be. */
export type MentionKind = 'INDUSTRY' | 'LINK' | 'ENTERPRISE' | 'PARK' | 'CHAMBER' | 'TOWN' | 'CITY' | 'PROJECT';

/** A named node of the graph as the assistant knows it. */
export interface NamedNode {
  kind: MentionKind;
  key: string;
  name: string;
  /** The chain a link, project or industry belongs to (its code). */
  industryCode?: string | null;
}

/** A name found in a question. */
export interface Mention extends NamedNode {
  /** The text of the question it was found by. */
  alias: string;
  at: number;
}

/**
 * Everyday words for the chains, by the demo's chain codes (产业链的俗称): a question says 光伏 or
 * 卫浴, the graph says 新能源 and 水暖厨卫. Used only for codes the graph has.
 */
const INDUSTRY_WORDS: Record<string, string[]> = {
  NE: ['光伏', '储能', '新能源链'],
  IC: ['芯片', '半导体', '集成电路', '光电'],
  PLUMB: ['卫浴', '厨卫', '水暖'],
  STONE: ['石材链'],
  EQUIP: ['装备', '阀门链', '模具链', '汽配'],
  SAFETY: ['安防', '消防', '应急'],
  FOOD: ['预制菜', '食品'],
  TOUR: ['旅游', '文旅'],
};

const PLACE_SUFFIX = /(镇|街道|乡|市|县|区)$/;

/** The texts a node can be named by in a question, longest first; none shorter than two characters. */
export function aliasesOf(n: NamedNode, places: readonly string[]): string[] {
  const out = new Set<string>([n.name]);
  const bare = n.name.replace(/[（(][^（）()]*[）)]/g, '');
  out.add(bare);
  switch (n.kind) {
    case 'INDUSTRY': {
      // 光电信息（芯片）, 高端装备（阀门、模具、汽车配件）: the bracketed words name the chain too.
      const inside = /[（(]([^（）()]*)[）)]/.exec(n.name)?.[1];
      inside?.split(/[、，,]/).forEach((w) => out.add(w.trim()));
      out.add(bare.replace(/产业$/, ''));
      (INDUSTRY_WORDS[n.key] ?? []).forEach((w) => out.add(w));
      break;
    }
    case 'ENTERPRISE':
      // 宁德时代 for 宁德时代新能源科技股份有限公司. (A chamber's key would be 南安商会 for all of them.)
      out.add(nameKey(n.name, places));
      break;
    case 'TOWN':
    case 'CITY':
      out.add(n.name.replace(PLACE_SUFFIX, ''));
      break;
    case 'PARK':
      out.add(n.name.replace(/工业园区$/, '园区'));
      out.add(n.name.replace(/镇标准化工业园区$/, '标准化园区'));
      break;
    default:
      break;
  }
  if (n.kind === 'LINK' || n.kind === 'ENTERPRISE') out.add(n.key);
  return [...out].filter((a) => [...a].length >= 2).sort((a, b) => b.length - a.length);
}

/** Ties between nodes named alike: the more specific kind wins. */
const KIND_ORDER: MentionKind[] = ['ENTERPRISE', 'PROJECT', 'PARK', 'CHAMBER', 'LINK', 'INDUSTRY', 'TOWN', 'CITY'];

export interface Gazetteer {
  /** Every alias with the nodes it names, longest alias first. */
  entries: Array<{ alias: string; nodes: NamedNode[] }>;
}

/** Questions are matched as NFKC and lower case (（ → (, Ｓ → s), so aliases are too. */
export const matchForm = (text: string): string => text.normalize('NFKC').toLowerCase();

export function buildGazetteer(nodes: readonly NamedNode[], places: readonly string[]): Gazetteer {
  const byAlias = new Map<string, Array<{ node: NamedNode; own: boolean }>>();
  for (const n of nodes) {
    const own = new Set([n.name, n.name.replace(/[（(][^（）()]*[）)]/g, '')].map(matchForm));
    for (const a of aliasesOf(n, places)) {
      const key = matchForm(a);
      const list = byAlias.get(key) ?? [];
      if (!list.some((x) => x.node.kind === n.kind && x.node.key === n.key)) list.push({ node: n, own: own.has(key) });
      byAlias.set(key, list);
    }
  }
  // A node named exactly so beats one whose shortened name it is (the link 中央厨房, not 某地中央厨房公司).
  const entries = [...byAlias.entries()].map(([alias, ns]) => ({
    alias,
    nodes: ns
      .sort(
        (a, b) =>
          Number(b.own) - Number(a.own) ||
          KIND_ORDER.indexOf(a.node.kind) - KIND_ORDER.indexOf(b.node.kind) ||
          a.node.key.localeCompare(b.node.key),
      )
      .map((x) => x.node),
  }));
  entries.sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
  return { entries };
}

/**
 * The names a question mentions: longest first, never two over the same characters. An alias that
 * names several nodes of the same kind (two firms with one trade name) yields all of them, so the
 * caller can say the name is ambiguous instead of guessing.
 */
export function findMentions(question: string, g: Gazetteer): Mention[] {
  const text = matchForm(question);
  const taken = new Array<boolean>(text.length).fill(false);
  const out: Mention[] = [];
  for (const { alias, nodes } of g.entries) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(alias, from);
      if (at < 0) break;
      from = at + 1;
      if (taken.slice(at, at + alias.length).some(Boolean)) continue;
      // A Latin code must stand alone: NE-HJT in 「NE-HJT 谁能补」, not inside another word.
      if (/^[a-z0-9-]+$/.test(alias) && (/[a-z0-9-]/.test(text[at - 1] ?? '') || /[a-z0-9-]/.test(text[at + alias.length] ?? ''))) continue;
      for (let i = at; i < at + alias.length; i++) taken[i] = true;
      const kind = nodes[0].kind;
      for (const n of nodes.filter((x) => x.kind === kind)) out.push({ ...n, alias, at });
    }
  }
  return out.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}
