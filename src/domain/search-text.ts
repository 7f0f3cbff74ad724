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
  return [simplified, traditional === simplified ? '' : traditional, ...tokens].filter((t) => t !== '').join(' ');
}

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
  return words.map((w) => (/^[a-z0-9]+$/.test(w) ? `${w}*` : `"${w}"`)).join(' AND ');
}
