import { GRAPH_VERSION } from '../db/db.queries';
import { Neo4jGateway } from '../db/gateway';
import { VersionedCache } from '../db/versioned-cache';
import { Injectable } from './scope';

/**
 * Values derived from the whole graph (link metrics, the duplicate index), as one request sees them:
 * the graph version is read once per request, however many values it asks for, and each value is
 * computed once per version (VersionedCache, owned by the server).
 */
@Injectable()
export class VersionedValues {
  private token: Promise<string | null> | undefined;

  constructor(
    private readonly gw: Neo4jGateway,
    private readonly cache: VersionedCache,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    return this.version().then((token) => this.cache.get(this.gw.database, token, key, load));
  }

  /** The graph version this request sees (null before the first import). */
  version(): Promise<string | null> {
    this.token ??= this.gw.read(GRAPH_VERSION, {}).then(([v]) => v?.token ?? null);
    return this.token;
  }
}
