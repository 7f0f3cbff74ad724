/** Where a result was cut to fit: the list at `path` kept `kept` of its `of` items. */
export interface Trimmed {
  path: string;
  kept: number;
  of: number;
}

const size = (v: unknown): number => JSON.stringify(v)?.length ?? 0;

/** Every list in a value with its path, longest (in JSON) first. */
function lists(v: unknown, path: string, out: Array<{ path: string; list: unknown[] }>): void {
  if (Array.isArray(v)) {
    out.push({ path, list: v });
    v.forEach((x, i) => lists(x, `${path}[${i}]`, out));
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) lists(x, path ? `${path}.${k}` : k, out);
  }
}

/**
 * A result cut to at most `maxChars` of JSON for an assistant's context: the longest lists lose items
 * from their end (whole items, so every node kept keeps its id), and what was cut is listed. Lists
 * keep at least one item; a result that still does not fit is returned as cut as it can be. Pure.
 */
export function trimToBudget<T>(value: T, maxChars: number): { value: T; trimmed: Trimmed[] } {
  const copy = structuredClone(value);
  const cuts = new Map<string, Trimmed>();
  for (let guard = 0; guard < 10000 && size(copy) > maxChars; guard++) {
    const found: Array<{ path: string; list: unknown[] }> = [];
    lists(copy, '', found);
    const longest = found.filter((l) => l.list.length > 1).sort((a, b) => size(b.list) - size(a.list) || a.path.localeCompare(b.path))[0];
    if (!longest) break;
    const of = cuts.get(longest.path)?.of ?? longest.list.length;
    longest.list.splice(Math.max(1, Math.floor(longest.list.length / 2)));
    cuts.set(longest.path, { path: longest.path, kept: longest.list.length, of });
  }
  return { value: copy, trimmed: [...cuts.values()].sort((a, b) => a.path.localeCompare(b.path)) };
}
