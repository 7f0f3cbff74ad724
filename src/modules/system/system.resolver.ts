import { GraphQLEnumType, GraphQLResolveInfo } from 'graphql';
import { Authorized, Info, Query, Resolver } from 'type-graphql';
import { listOf } from '../../graphql/limits';
import { Role } from '../../auth/roles';
import { SystemService } from './system.service';
import { About, EnumLabels } from './system.type';

/** The Chinese of an enum value's description: `Name only (弱证据)` → 弱证据; `营收从高到低` as it is. */
export function chineseLabel(description: string | null | undefined, value: string): string {
  const d = (description ?? '').trim();
  const bracketed = /[(（]([^()（）]*[\u3400-\u9fff][^()（）]*)[)）]\s*$/.exec(d);
  if (bracketed) return bracketed[1].trim();
  if (/^[\u3400-\u9fff]/.test(d)) return d;
  return /[\u3400-\u9fff][^,.;:()（）]*/.exec(d)?.[0].trim() ?? value;
}

@Resolver()
export class SystemResolver {
  constructor(private readonly service: SystemService) {}

  @Authorized(Role.VIEWER)
  @Query(() => About, { description: 'Service and database facts, read from Neo4j.' })
  about(): Promise<About> {
    return this.service.about();
  }

  @Authorized(Role.VIEWER)
  @Query(() => [EnumLabels], {
    complexity: listOf(60),
    description: 'Chinese labels of every enum value in the schema (枚举中文名), so a front-end shows 副会长 rather than VICE_PRESIDENT.',
  })
  enumLabels(@Info() info: GraphQLResolveInfo): EnumLabels[] {
    return Object.values(info.schema.getTypeMap())
      .filter((t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => ({ name: t.name, values: t.getValues().map((v) => ({ value: v.name, label: chineseLabel(v.description, v.name) })) }));
  }
}
