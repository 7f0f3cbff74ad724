import { Neo4jGateway } from '../db/gateway';
import { Loaders } from '../graphql/loaders';
import { Injectable } from '../graphql/scope';
import {
  ENTERPRISE_BY_USCC_FOLDED,
  ENTERPRISES_BY_USCCS_FOLDED,
  EnterpriseFolds,
  EXECUTIVES_OF_ENTERPRISE,
  FoldedRelations,
  FoldedRow,
  folding,
  LINKS_OF_ENTERPRISE,
  NO_FOLDS,
  PLACES_OF_ENTERPRISE,
  PROJECTS_OF_ENTERPRISE,
} from './enterprise.queries';
import type { Enterprise } from './enterprise.type';

/** Where a firm read with its relations keeps them: not enumerable, so never copied or sent. */
const FOLDED = Symbol('folded relations');

/**
 * The relations read in the firm's own statement, when they were (else null): field resolvers return
 * them as plain values, without a loader's promise per firm and field.
 */
export function foldedOf(e: Enterprise): FoldedRelations | null {
  return (e as unknown as Record<symbol, FoldedRelations | undefined>)[FOLDED] ?? null;
}

/** Enterprises by key, for every feature that shows firms: the relations a request selected come in the same statement. */
@Injectable()
export class EnterpriseReader {
  constructor(
    private readonly gw: Neo4jGateway,
    private readonly loaders: Loaders,
  ) {}

  /** One enterprise, with the relations in `fold` read in the same statement. */
  async byUscc(uscc: string, fold: EnterpriseFolds = NO_FOLDS): Promise<Enterprise | null> {
    const [row] = await this.gw.read(folding(ENTERPRISE_BY_USCC_FOLDED, fold), { uscc, fold });
    return row ? this.complete(row, fold) : null;
  }

  /** Enterprises by USCC, in full, with the relations in `fold`; unknown ones are absent from the map. */
  async byUsccs(usccs: string[], fold: EnterpriseFolds = NO_FOLDS): Promise<Map<string, Enterprise>> {
    if (usccs.length === 0) return new Map();
    const rows = await this.gw.read(folding(ENTERPRISES_BY_USCCS_FOLDED, fold), { usccs, fold });
    return new Map(rows.map((r) => this.complete(r, fold)).map((e) => [e.uscc, e]));
  }

  /**
   * Completes a row: the node from the property values sent (when only some were asked for), and
   * the folded relations handed to the request's loaders, where the field resolvers look first.
   */
  complete(row: FoldedRow, fold: EnterpriseFolds): Enterprise {
    row.node ??= nodeOf(fold.props ?? [], row.values);
    this.prime(row.node.uscc, row.folded);
    Object.defineProperty(row.node, FOLDED, { value: row.folded, enumerable: false });
    return row.node;
  }

  /** Hands the folded relations to the request's loaders. */
  private prime(uscc: string, folded: FoldedRelations): void {
    if (folded.places) this.loaders.prime(PLACES_OF_ENTERPRISE, uscc, [folded.places]);
    if (folded.links) this.loaders.prime(LINKS_OF_ENTERPRISE, uscc, folded.links);
    if (folded.executives) this.loaders.prime(EXECUTIVES_OF_ENTERPRISE, uscc, folded.executives);
    if (folded.projects) this.loaders.prime(PROJECTS_OF_ENTERPRISE, uscc, folded.projects);
  }
}

/**
 * The firm from the properties the request selected (the key always among them). The fields not
 * sent are absent: nothing selected them, and `foldsFor` sends the whole node whenever a selected
 * field could read another property.
 */
function nodeOf(props: string[], values: unknown[]): Enterprise {
  const node: Partial<Enterprise> & Record<string, unknown> = {};
  props.forEach((p, i) => (node[p] = values[i]));
  return node as Enterprise;
}
