import { Arg, Authorized, ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles';
import { Neo4jGateway } from '../../db/gateway';
import { AppError, BadInputError, ErrorCode } from '../../errors';
import type { AppContext } from '../../graphql/context';
import { Node, nodeFetcher } from '../../graphql/node';
import { Country } from '../../graph/chamber.type';
import { City, Town } from '../../graph/city.type';
import { Enterprise } from '../../graph/enterprise.type';
import { ChainLink, Industry } from '../../graph/industry.type';
import { NODE_BY_KEY, NODE_TYPES, NodeType } from './node.queries';

/** Types whose fetch needs more than a viewer, as their own queries do. */
const NEEDS: Partial<Record<NodeType, Role>> = { Scenario: Role.ANALYST };

/** A node as read, with the type Node's resolveType reads; code-keyed types get their `id` from keyIsId. */
type NodeValue = Record<string, unknown> & { __typename: string };

@Resolver()
export class NodeResolver {
  constructor(private readonly gw: Neo4jGateway) {}

  @Authorized(Role.VIEWER)
  @Query(() => Node, {
    nullable: true,
    complexity: 5,
    description: 'Any entity by its id (全局标识), or `Type:key` to name the type; null when there is none.',
  })
  async node(
    @Arg('id', () => ID, { description: 'An entity’s id, e.g. 91350583MA…, NE-HJT, PJ-2022-0001, or Project:PJ-2022-0001.' }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<NodeValue | null> {
    const text = id.trim();
    if (text === '' || text.length > 200) throw new BadInputError([{ path: 'id', message: 'must be 1–200 characters' }]);
    const typed = /^([A-Za-z]+):(.+)$/.exec(text);
    const type = typed ? (NODE_TYPES.find((t) => t === typed[1]) ?? null) : null;
    // An answer's row (RankedTarget:FILL:NE:9144…) is fetched by the feature that answers it.
    const fetch = typed && !type ? nodeFetcher(typed[1]) : undefined;
    if (fetch) {
      const value = await fetch(typed![2], ctx);
      return value ? { ...value, __typename: typed![1] } : null;
    }
    if (typed && !type)
      throw new BadInputError([{ path: 'id', message: `unknown type ${typed[1]}; one of ${[...NODE_TYPES, 'RankedTarget'].join(', ')}` }]);
    const key = typed ? typed[2] : text;
    // A lower-case USCC is the same firm (USCCs are stored in upper case); other keys are matched as given.
    const rows = await this.gw.read(NODE_BY_KEY, { key, uscc: key.toUpperCase(), type });
    if (rows.length === 0) return null;
    if (rows.length > 1) {
      throw new BadInputError([
        {
          path: 'id',
          message: `ambiguous: a ${rows.map((r) => r.type).join(' and a ')} have this key; ask for ${rows[0].type}:${key} / 多个实体使用此标识，请写明类型`,
        },
      ]);
    }
    const [{ type: found, node }] = rows;
    const needed = NEEDS[found];
    if (needed && !ctx.caller.roles.includes(needed)) {
      throw new AppError(ErrorCode.FORBIDDEN, `Reading a ${found} needs the ${needed} role. 需要更高权限。`, { requiredRole: needed });
    }
    return { ...node, __typename: found };
  }
}

/** The `id` of a type keyed by a code or a USCC: that key. */
function keyIsId<T extends object>(type: ClassType<T>, key: keyof T & string, description: string) {
  @Resolver(() => type)
  class KeyIsId {
    @FieldResolver(() => ID, { description })
    id(@Root() node: T): string {
      return String(node[key]);
    }
  }
  return KeyIsId;
}
export const EnterpriseNodeId = keyIsId(Enterprise, 'uscc', 'Its USCC.');
export const IndustryNodeId = keyIsId(Industry, 'code', 'Its code.');
export const ChainLinkNodeId = keyIsId(ChainLink, 'code', 'Its code.');
export const CityNodeId = keyIsId(City, 'code', 'Its GB/T 2260 code.');
export const TownNodeId = keyIsId(Town, 'code', 'Its township code.');
export const CountryNodeId = keyIsId(Country, 'code', 'Its ISO 3166 code.');
