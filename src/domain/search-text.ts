import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

// Traditional (Taiwan/Hong Kong variants included) ↔ Simplified. The source article is Traditional.
const toCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

export function toSimplified(text: string): string {
  return toCn(text);
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v'))
    .filter((s) => /^[a-z]+$/.test(s));
}

/**
 * The text the full-text index holds for a name: the Simplified and Traditional forms, and every
 * syllable-boundary suffix of its full pinyin and of its pinyin initials, so that a prefix query
 * (`nanan*`, `nags*`) finds 南安 anywhere in a name, not just at its start.
 */
export function searchText(name: string): string {
  const simplified = toCn(name);
  const traditional = toHk(simplified);
  const full = syllables(simplified);
  const tokens = new Set<string>();
  for (let i = 0; i < full.length; i++) {
    tokens.add(full.slice(i).join('').slice(0, 48));
    tokens.add(
      full
        .slice(i)
        .map((s) => s[0])
        .join(''),
    );
  }
  // Each Chinese character alone too: the index's CJK analyzer keeps an isolated character as a
  // token of its own, so a search for one character (宝) finds the names that hold it.
  const chars = [...new Set([...simplified].filter((c) => HAN.test(c)))];
  return [simplified, traditional === simplified ? '' : traditional, ...tokens, ...chars].filter((t) => t !== '').join(' ');
}

const HAN = /\p{Script=Han}/u;

/**
 * Turns what a user typed into a Lucene query for the `search_names` index: Chinese (either script)
 * becomes a phrase over the CJK bigrams; Latin letters become pinyin prefixes (every word must match).
 * Returns undefined when nothing searchable is left.
 */
export function fulltextQuery(input: string): string | undefined {
  const text = toCn(input.normalize('NFKC')).trim().toLowerCase();
  // Every word must match: Latin words as pinyin (or initials) prefixes, Chinese words as phrases over
  // the CJK bigrams, so 「常州 逆变器」 finds 常州…逆变器… whatever lies between.
  // Anything but letters and digits separates words (Lucene's syntax characters included).
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  return words.map(wordQuery).join(' AND ');
}

/**
 * One word: Latin as a pinyin (or initials) prefix; Chinese as a phrase; mixed, as typed while an input
 * method is still composing (宝k), the Chinese as a phrase and the whole as a pinyin prefix — 宝k is
 * bao + k…, either in full (baok*) or as initials (bk*).
 */
function wordQuery(w: string): string {
  if (/^[a-z0-9]+$/.test(w)) return `${w}*`;
  if (!/[a-z]/.test(w)) return `"${w}"`;
  const han = w.replace(/[^\p{Script=Han}]+/gu, ' ').trim();
  const runs = w.match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? [];
  const full = runs.map((r) => (/^[a-z0-9]+$/.test(r) ? r : syllables(r).join(''))).join('');
  const initials = runs
    .map((r) =>
      /^[a-z0-9]+$/.test(r)
        ? r
        : syllables(r)
            .map((x) => x[0])
            .join(''),
    )
    .join('');
  const pinyinPart = full === initials ? `${full}*` : `(${full}* OR ${initials}*)`;
  return han
    ? `${han
        .split(' ')
        .map((h) => `"${h}"`)
        .join(' AND ')} AND ${pinyinPart}`
    : pinyinPart;
}
