import { queryText } from '../../../src/db/cypher-files';
import { defineQuery, withEntries, withWhere } from '../../../src/db/query';
import { ENTERPRISE_BY_USCC_FOLDED, folding, NO_FOLDS } from '../../../src/graph/enterprise.queries';
import { EnterpriseOrder } from '../../../src/modules/enterprise/enterprise.input';
import { ENTERPRISE_PAGE, indexedHead, missingTail } from '../../../src/modules/enterprise/enterprise.queries';

/**
 * How a statement is composed from its files and WHERE sections, without a database (statements.test.ts
 * runs every composition against Neo4j). The snapshots hold the exact text, as @neo4j/graphql's tck
 * tests do: a change to a fragment shows up here as a diff a reviewer can read.
 */
describe('statement composition (no database)', () => {
  it('joins the files in order when there is no WHERE clause', () => {
    const q = defineQuery<object, object>(['enterprise/match', 'enterprise/sort-keys', 'common/count'], {});
    const text = queryText(q);
    expect(text.indexOf('MATCH')).toBeLessThan(text.indexOf('RETURN'));
    expect(text).not.toMatch(/\bWHERE\b/);
    expect(text).not.toMatch(/^\s*\/\//m); // comments are stripped
  });

  it('puts the sections of the filters given, sorted, in one WHERE after the first file', () => {
    const q = withWhere(ENTERPRISE_PAGE.count, 'enterprise/where', ['revenueMin', 'isTarget'], 1);
    const lines = queryText(q).split('\n');
    const at = lines.findIndex((l) => l.startsWith('WHERE '));
    expect(lines[at]).toBe('WHERE (n.isTarget = $f.isTarget)');
    expect(lines[at + 1]).toBe('  AND (n.revenueYi >= $f.revenueMin)');
    // The WHERE follows the first file (the MATCH) and precedes the rest.
    expect(lines.slice(0, at).join('\n')).toMatch(/MATCH \(n:Enterprise\)/);
  });

  it('places an index hint before the WHERE and keyset predicates after the filters', () => {
    const text = queryText(indexedHead(EnterpriseOrder.REVENUE_DESC, ['isTarget'], true));
    const hint = text.indexOf('USING INDEX n:Enterprise(revenueYi)');
    const where = text.indexOf('WHERE (n.isTarget = $f.isTarget)');
    expect(hint).toBeGreaterThan(0);
    expect(where).toBeGreaterThan(hint);
    expect(text.slice(where)).toMatch(/AND \(n\.revenueYi IS NOT NULL\)\n {2}AND \(n\.revenueYi < -\$after\[0\] OR/);
  });

  it('refuses a section that the fragment file does not have', () => {
    expect(() => queryText(withWhere(ENTERPRISE_PAGE.count, 'enterprise/where', ['noSuchFilter'], 1))).toThrow(/noSuchFilter/);
  });

  it('writes out only the relations a request folds in; the others are null and not planned', () => {
    const links = queryText(folding(ENTERPRISE_BY_USCC_FOLDED, { ...NO_FOLDS, links: true }));
    expect(links).toMatch(/links: COLLECT \{\n\s*MATCH \(node\)-\[r:OPERATES_IN\]->\(l:ChainLink\)/);
    expect(links).toMatch(/places: null,\nlinks: COLLECT/);
    expect(links).toMatch(/executives: null,\nprojects: null\n\} AS folded/);
    expect(links).not.toMatch(/LOCATED_IN|EXECUTIVE_OF|INVESTS_IN/);
    const none = queryText(folding(ENTERPRISE_BY_USCC_FOLDED, NO_FOLDS));
    expect(none).toMatch(/\{\nplaces: null,\nlinks: null,\nexecutives: null,\nprojects: null\n\} AS folded/);
    // The declared query, as the shape test runs it, writes every relation out.
    const all = queryText(ENTERPRISE_BY_USCC_FOLDED);
    for (const rel of ['LOCATED_IN', 'OPERATES_IN', 'EXECUTIVE_OF', 'INVESTS_IN']) expect(all).toContain(rel);
  });

  it('makes one query object (one text, one plan) per combination of relations', () => {
    const a = folding(ENTERPRISE_BY_USCC_FOLDED, { ...NO_FOLDS, places: true, links: true });
    const b = folding(ENTERPRISE_BY_USCC_FOLDED, { ...NO_FOLDS, links: true, places: true, props: ['uscc'] });
    expect(a).toBe(b);
    expect(folding(ENTERPRISE_BY_USCC_FOLDED, { ...NO_FOLDS, places: true })).not.toBe(a);
    expect(() => queryText(withEntries(ENTERPRISE_BY_USCC_FOLDED, 'enterprise/fold', ['suppliers']))).toThrow(/suppliers/);
  });

  it.each([
    ['the first page of targets by revenue', () => indexedHead(EnterpriseOrder.REVENUE_DESC, ['isTarget'], false)],
    ['a later page of local firms by name', () => indexedHead(EnterpriseOrder.NAME_ASC, ['isLocal', 'industryCode'], true)],
    ['the firms without revenue, after the indexed ones', () => missingTail(EnterpriseOrder.REVENUE_DESC, ['isTarget'])],
  ])('composes %s exactly as before (snapshot)', (_what, query) => {
    expect(queryText(query())).toMatchSnapshot();
  });
});
