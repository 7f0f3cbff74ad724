import { decodeCursor, decodeRankCursor, encodeCursor, encodeRankCursor, questionKey, SortKey } from '../../../src/graphql/pagination';
import { AppError } from '../../../src/errors';

/** The error a bad cursor raises: BAD_USER_INPUT naming the argument, with the reason. */
function problem(f: () => unknown): { code: string; fields: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, fields: e.extensions.fields };
    throw e;
  }
  throw new Error('no error');
}

describe('keyset cursors (no database)', () => {
  const order = questionKey('REVENUE_DESC', { isTarget: true });

  it('round-trips a sort key, and the text is URL-safe base64', () => {
    const key: SortKey = [-12.5, '', '91350583MA2XYZ0001'];
    const c = encodeCursor(order, key);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, order)).toEqual(key);
    // The payload is the question and the key, worked out by hand.
    expect(JSON.parse(Buffer.from(c, 'base64url').toString('utf8'))).toEqual({ o: order, k: key });
  });

  it('binds a cursor to its question: filters in any order and absent values make the same question', () => {
    expect(questionKey('X', { a: 1, b: [1, 2], c: null })).toBe(questionKey('X', { b: [1, 2], a: 1, d: undefined }));
    expect(questionKey('X', { a: 1 })).not.toBe(questionKey('X', { a: 2 }));
    expect(questionKey('X', { a: 1 })).not.toBe(questionKey('Y', { a: 1 }));
    const other = questionKey('REVENUE_DESC', { isTarget: false });
    const c = encodeCursor(order, [1, '', 'k']);
    expect(problem(() => decodeCursor(c, other, 'after'))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after', message: expect.stringMatching(/another question/) }],
    });
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('{nope', 'utf8').toString('base64url')],
    ['a key of two', Buffer.from(JSON.stringify({ o: 'x', k: [1, 'a'] })).toString('base64url')],
    ['a key of the wrong types', Buffer.from(JSON.stringify({ o: 'x', k: ['1', 'a', 'b'] })).toString('base64url')],
  ])('refuses %s as malformed, naming the argument', (_what, cursor) => {
    expect(problem(() => decodeCursor(cursor, order, 'input.after'))).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.after', message: expect.stringMatching(/malformed cursor/) }],
    });
  });

  it('carries a ranking position: score, rank and key, ranks continuing on the next page', () => {
    const c = encodeRankCursor(order, { score: 71.25, rank: 20, uscc: 'U1' });
    expect(decodeCursor(c, order)).toEqual([-71.25, '20', 'U1']);
    expect(decodeRankCursor(c, order, 'after')).toEqual({ score: 71.25, rank: 20, uscc: 'U1' });
    // A sort-key cursor whose middle part is not a rank is not a ranking cursor.
    expect(problem(() => decodeRankCursor(encodeCursor(order, [1, 'x', 'U1']), order, 'after')).code).toBe('BAD_USER_INPUT');
  });
});
