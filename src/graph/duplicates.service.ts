import { Neo4jGateway } from '../db/gateway';
import { DuplicateMatch, findDuplicates, placeNames, probableGroups } from '../domain/entity-names';
import { Injectable } from '../graphql/scope';
import { VersionedValues } from '../graphql/versioned-values';
import { IDENTITY_RECORDS, PLACE_NAMES } from './enterprise.queries';

export interface DuplicateIndex {
  /** Possible duplicates of each enterprise that has any. */
  matches: Map<string, DuplicateMatch[]>;
  /** Groups of probable duplicates (one real firm), keyed by every member. */
  groups: Map<string, string[]>;
}

/** Entity resolution over the whole graph, computed once per graph version (src/domain/entity-names.ts). */
@Injectable()
export class DuplicateService {
  private index: Promise<DuplicateIndex> | undefined;

  constructor(
    private readonly gw: Neo4jGateway,
    private readonly versioned: VersionedValues,
  ) {}

  all(): Promise<DuplicateIndex> {
    this.index ??= this.versioned.get('duplicates', async () => {
      const [records, [places]] = await Promise.all([this.gw.read(IDENTITY_RECORDS, {}), this.gw.read(PLACE_NAMES, {})]);
      const matches = findDuplicates(records, placeNames(places?.names ?? []));
      return { matches, groups: probableGroups(matches) };
    });
    return this.index;
  }

  async of(uscc: string): Promise<DuplicateMatch[]> {
    return (await this.all()).matches.get(uscc) ?? [];
  }
}
