import { getNamedType, GraphQLList, GraphQLNonNull, GraphQLEnumType, GraphQLInputType, isInputObjectType, isNonNullType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Role } from '../../src/auth/roles';
import { Service } from '../../src/app';
import { rolesOfInput } from '../../src/graphql/input-roles';
import { getSchema } from '../../src/schema';
import { authTestConfig, tokenFor } from '../support/auth';
import { startDemoService } from '../support/db';
import { gql } from '../support/http';

const ORDER = [Role.VIEWER, Role.ANALYST, Role.PLANNER, Role.ADMIN];

/** A valid sample value of an input field, as GraphQL literal text (undefined: the field is skipped). */
function sample(type: GraphQLInputType): string | undefined {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (inner instanceof GraphQLList) {
    const item = sample(inner.ofType);
    return item === undefined ? undefined : `[${item}]`;
  }
  const named = getNamedType(inner);
  if (named instanceof GraphQLEnumType) return named.getValues()[0].name;
  if (named.name === 'Boolean') return 'true';
  return undefined; // codes, dates and numbers have their own validators; role rules so far sit on flags
}

/**
 * Every filter a root field takes, field by field, asked by the least role that may call the root
 * field: a filter that reads a protected field is FORBIDDEN below that field's role (naming the
 * filter), any other is not. A new filter input is enumerated here without a line of test.
 */
describe('filters carry the role of the field they read', () => {
  let svc: Service;
  const tokens: Partial<Record<Role, string>> = {};
  beforeAll(async () => {
    svc = await startDemoService(authTestConfig(false));
    for (const r of ORDER) tokens[r] = await tokenFor(r, `${r.toLowerCase()}-filters`);
  });
  afterAll(() => svc.close());

  it('refuses a viewer the 南安籍 filter with FORBIDDEN on the field, and answers an analyst', async () => {
    const q = '{ enterprises(first: 1, filter: {hasNativeExecutive: true}) { totalCount } }';
    const viewer = await gql(svc.url, q, {}, tokens[Role.VIEWER]);
    expect(viewer.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRole: 'ANALYST',
      fields: [{ path: 'filter.hasNativeExecutive' }],
    });
    expect(viewer.errors?.[0].extensions?.messageZh).toEqual(expect.stringContaining('分析'));
    const analyst = await gql<{ enterprises: { totalCount: number } }>(svc.url, q, {}, tokens[Role.ANALYST]);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.enterprises.totalCount).toBeGreaterThan(0);
  });

  it('enumerates every filter input of every root field and checks the least caller’s access to each flag', async () => {
    const schema = await getSchema();
    const classes = new Map(getMetadataStorage().inputTypes.map((t) => [t.name, t.target]));
    const root = { ...schema.getQueryType()!.getFields() };
    let checked = 0;
    let restricted = 0;
    for (const field of Object.values(root)) {
      for (const arg of field.args) {
        const input = getNamedType(arg.type);
        if (!isInputObjectType(input) || !/Filter$|Input$/.test(input.name) || arg.type instanceof GraphQLNonNull) continue;
        const rules = rolesOfInput(classes.get(input.name) as { prototype: object });
        // The least role that may call the root field with this argument given empty.
        const call = (role: Role, literal: string): ReturnType<typeof gql> =>
          gql(svc.url, `{ ${field.name}(${arg.name}: ${literal}) { __typename } }`, {}, tokens[role]);
        let reader: Role | undefined;
        for (const r of ORDER) {
          const res = await call(r, '{}');
          if (!res.errors?.some((e) => ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)))) {
            reader = r;
            break;
          }
        }
        if (!reader) continue;
        for (const [name, f] of Object.entries(input.getFields())) {
          const value = sample(f.type);
          if (value === undefined) continue;
          const needed = rules.get(name);
          const res = await call(reader, `{${name}: ${value}}`);
          const forbidden = res.errors?.find((e) => e.extensions?.code === 'FORBIDDEN');
          if (needed && ORDER.indexOf(needed) > ORDER.indexOf(reader)) {
            restricted++;
            expect([`${field.name}.${name}`, forbidden?.extensions?.fields]).toEqual([
              `${field.name}.${name}`,
              [
                {
                  path: `${arg.name}.${name}`,
                  message: `needs the ${needed} role`,
                  messageZh: expect.stringMatching(/^使用.+需要「.+」及以上角色$/),
                },
              ],
            ]);
          } else {
            expect([`${field.name}.${name}`, forbidden]).toEqual([`${field.name}.${name}`, undefined]);
          }
          checked++;
        }
      }
    }
    process.stderr.write(`[filters] ${checked} filter flags checked, ${restricted} refused below their role\n`);
    expect(checked).toBeGreaterThan(10);
    expect(restricted).toBeGreaterThanOrEqual(1);
  });
});
