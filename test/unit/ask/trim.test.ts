import { trimToBudget } from '../../../src/mcp/trim';

describe('a tool result cut to its size budget', () => {
  const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: `${tag}-${i}`, name: '某某企业'.repeat(5) }));

  it('leaves a result that fits alone', () => {
    const v = { a: rows(3, 'a') };
    expect(trimToBudget(v, 10000)).toEqual({ value: v, trimmed: [] });
  });

  it('halves the longest list first, keeps whole items with their ids, and lists what it cut', () => {
    const v = { long: rows(40, 'L'), short: rows(4, 'S') };
    const { value, trimmed } = trimToBudget(v, 1500);
    expect(JSON.stringify(value).length).toBeLessThanOrEqual(1500);
    expect(value.short).toHaveLength(4);
    expect(value.long.length).toBeLessThan(40);
    // The items kept are the first ones, whole.
    expect(value.long.map((x) => x.id)).toEqual(rows(value.long.length, 'L').map((x) => x.id));
    expect(trimmed).toEqual([{ path: 'long', kept: value.long.length, of: 40 }]);
    // The input is not changed.
    expect(v.long).toHaveLength(40);
  });

  it('keeps one item of every list when even that does not fit', () => {
    const { value } = trimToBudget({ a: rows(10, 'a'), b: rows(10, 'b') }, 10);
    expect([value.a.length, value.b.length]).toEqual([1, 1]);
  });
});
