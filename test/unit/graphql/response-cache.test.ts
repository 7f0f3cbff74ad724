import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { cacheable, ResponseCache } from '../../../src/graphql/response-cache';

const op = (text: string): OperationDefinitionNode =>
  parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

describe('which answers the response cache keeps', () => {
  it('keeps queries with a costly root field, and nothing else', () => {
    expect(cacheable(op('{ chainGaps(industryCode: "NE") { localSupplyRate } }'))).toBe(true);
    expect(cacheable(op('{ industries { code } rankTargets(input: {}) { totalCount } }'))).toBe(true);
    // A read by key: the version read would cost what the read does.
    expect(cacheable(op('{ enterprise(uscc: "x") { name } }'))).toBe(false);
    expect(cacheable(op('{ __typename }'))).toBe(false);
    expect(cacheable(op('mutation { createProject(input: {}) { id } }'))).toBe(false);
  });

  it('never keeps an operation naming import jobs or an expert’s own reviews, or selecting through fragments', () => {
    expect(cacheable(op('{ chainGapOverview { localSupplyRate } importJobs { id } }'))).toBe(false);
    expect(cacheable(op('{ chainGapOverview { localSupplyRate } myReviews { sections { label } } }'))).toBe(false);
    expect(cacheable(op('{ ...F } fragment F on Query { chainGapOverview { localSupplyRate } }'))).toBe(false);
    expect(cacheable(undefined)).toBe(false);
  });

  it('holds at most its size, least recently used out first, and no answer over a quarter of it', () => {
    const cache = new ResponseCache(1000);
    const body = { kind: 'single' as const, singleResult: { data: {} } };
    cache.set('a', body, 200);
    cache.set('b', body, 200);
    cache.get('a');
    cache.set('c', body, 200);
    cache.set('d', body, 200);
    cache.set('e', body, 200);
    // 1000 bytes hold five answers of 200; a sixth pushes out the least recently used (b).
    cache.set('f', body, 200);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => cache.get(k) !== undefined)).toEqual([true, false, true, true, true, true]);
    cache.set('big', body, 300);
    expect(cache.get('big')).toBeUndefined();
  });
});
