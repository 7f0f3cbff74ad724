/**
 * Values derived from the whole graph, kept until the graph changes. Every import (and, later,
 * every write) gives the graph a new version token in its own transaction; a value is reused only
 * for the token and database it was computed for, so it is never stale. One version is kept at a
 * time. The server owns one instance for its lifetime (tests and a second database never share it).
 */
export class VersionedCache {
  private version: string | undefined;
  private readonly entries = new Map<string, Promise<unknown>>();

  /** At most this many values per version, least recently used dropped first (requests can vary their keys). */
  constructor(private readonly maxEntries = 200) {}

  /** The value for `key` at this graph version; a null token (a graph no import wrote) is never cached. */
  get<T>(database: string, token: string | null, key: string, load: () => Promise<T>): Promise<T> {
    if (token === null) return load();
    const version = `${database}:${token}`;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    let hit = this.entries.get(key) as Promise<T> | undefined;
    if (hit) {
      // Least recently used goes first: the values every request needs stay.
      this.entries.delete(key);
      this.entries.set(key, hit);
    } else {
      hit = load();
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, hit);
      // A failed load is not remembered: the next request tries again.
      const loaded = hit;
      loaded.catch(() => {
        if (this.entries.get(key) === loaded) this.entries.delete(key);
      });
    }
    return hit;
  }
}
