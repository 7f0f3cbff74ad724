import { VersionedCache } from '../../src/db/versioned-cache';

describe('VersionedCache', () => {
  it('computes a value once per version and recomputes when the version moves', async () => {
    const cache = new VersionedCache();
    let loads = 0;
    const load = (): Promise<number> => Promise.resolve(++loads);
    expect(await cache.get('neo4j', 'v1', 'k', load)).toBe(1);
    expect(await cache.get('neo4j', 'v1', 'k', load)).toBe(1);
    expect(await cache.get('neo4j', 'v2', 'k', load)).toBe(2);
    expect(await cache.get('other', 'v2', 'k', load)).toBe(3);
    // A graph no import wrote has no version: nothing is cached.
    expect(await cache.get('neo4j', null, 'k', load)).toBe(4);
    expect(await cache.get('neo4j', null, 'k', load)).toBe(5);
  });

  it('keeps at most maxEntries values, dropping the least recently used', async () => {
    const cache = new VersionedCache(2);
    const loads: string[] = [];
    const get = (k: string): Promise<string> => cache.get('neo4j', 'v1', k, () => (loads.push(k), Promise.resolve(k)));
    await get('a');
    await get('b');
    await get('a'); // a is now the most recent
    await get('c'); // drops b
    await get('a');
    await get('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not remember a failed load', async () => {
    const cache = new VersionedCache();
    await expect(cache.get('neo4j', 'v1', 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('neo4j', 'v1', 'k', () => Promise.resolve(7))).toBe(7);
  });
});
