import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isCompositeType,
} from 'graphql';
import type { Service } from '../../src/app';
import { getSchema } from '../../src/schema';
import { startDemoService } from '../support/db';

/** Values an attacker or a careless client would send, beside random ones. */
const NASTY_STRINGS = [
  '',
  ' ',
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '$keys',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '南安',
  '閥門',
  'NE',
  'NE-CELL',
  '350583',
  '44',
  'PK-STD-1',
  "=cmd|' /C calc'!A0",
  '<script>alert(1)</script>',
  '\\',
  '*',
  '~',
  'a'.repeat(5000),
];

function scalar(type: GraphQLScalarType): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 100, 101, 2147483647, -2147483648));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 0.5, 1e308, -1e-308));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(fc.constantFrom('2022-01-01', '2022-02-30', '1900-01-01', '9999-12-31', 'yesterday'), fc.string());
    default:
      return fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string(), fc.string({ unit: 'binary', maxLength: 50 }));
  }
}

/** Random values of an input type, valid and invalid alike (variables are typed by GraphQL itself). */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueOf(type.ofType, depth);
  const inner = ((): fc.Arbitrary<unknown> => {
    if (type instanceof GraphQLList) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: 12 });
    if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name), 'NOT_A_VALUE');
    if (type instanceof GraphQLInputObjectType) {
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, depth + 1)])), { requiredKeys: [] });
    }
    return scalar(type);
  })();
  return fc.option(inner, { nil: null, freq: 6 });
}

function operation(field: string, args: readonly GraphQLArgument[], composite: boolean): string {
  const vars = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `query Fuzz${vars ? `(${vars})` : ''} { ${field}${call}${composite ? ' { __typename }' : ''} }`;
}

// What must never reach a client: stack frames, file paths, driver or Cypher text.
const INTERNALS = /\bat [\w.<>]+ \(|\/work\/|node_modules|\.ts:\d+|Neo4jError|Neo\.ClientError|\bMATCH \(|\bUNWIND\b|cypher\//;

describe('fuzzing every argument of every operation', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startDemoService();
  });
  afterAll(() => svc.close());

  it('never answers INTERNAL_SERVER_ERROR nor shows internals, whatever the arguments', async () => {
    const schema = await getSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((t) => t !== null && t !== undefined);
    let sent = 0;
    const seen = new Set<string>();
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        const query = operation(field.name, field.args, isCompositeType(getNamedType(field.type)));
        const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueOf(a.type)])), { requiredKeys: [] });
        await fc.assert(
          fc.asyncProperty(variables, async (vars) => {
            sent++;
            const res = await fetch(`${svc.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables: vars }),
            });
            const text = await res.text();
            const body = JSON.parse(text) as {
              errors?: Array<{ extensions?: { code?: string; messageZh?: string; fields?: Array<{ path: string; messageZh?: string }> } }>;
            };
            for (const e of body.errors ?? []) seen.add(String(e.extensions?.code));
            // Every error carries its Chinese text beside the English one: a sentence a user can be shown.
            expect((body.errors ?? []).filter((e) => !/[\u3400-\u9fff]/.test(e.extensions?.messageZh ?? ''))).toEqual([]);
            // Bad input says what is wrong with which field, each failing field in its own sentence —
            // never only the code's generic text (「输入有误」) or a bare field path.
            for (const e of (body.errors ?? []).filter((x) => x.extensions?.code === 'BAD_USER_INPUT')) {
              expect([e.extensions?.messageZh, /^输入有误|^[\w.、：]+$/.test(e.extensions?.messageZh ?? '')]).toEqual([
                e.extensions?.messageZh,
                false,
              ]);
              for (const f of e.extensions?.fields ?? [])
                expect([f.path, /[\u3400-\u9fff]/.test(f.messageZh ?? '')]).toEqual([f.path, true]);
            }
            if (res.status >= 500)
              throw new Error(`HTTP ${res.status} for ${query} ${JSON.stringify(vars).slice(0, 200)}: ${text.slice(0, 300)}`);
            expect(body.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? []).toEqual([]);
            expect(text).not.toMatch(INTERNALS);
          }),
          { numRuns: field.args.length === 0 ? 2 : 40, seed: 20221215, endOnFailure: true },
        );
      }
    }
    process.stderr.write(`[fuzz] ${sent} requests; error codes seen: ${[...seen].sort().join(', ')}\n`);
    expect(sent).toBeGreaterThan(300);
    expect(seen).toContain('BAD_USER_INPUT');
  });
});
