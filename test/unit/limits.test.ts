import { nestingOf } from '../../src/graphql/limits';

describe('nestingOf (checked before parsing)', () => {
  it('counts braces, brackets and parentheses, worked out by hand', () => {
    expect(nestingOf('{ about { service } }')).toBe(2);
    expect(nestingOf('{ a { b(x: [[1]]) { c } } }')).toBe(5);
  });

  it('skips strings, block strings and comments', () => {
    expect(nestingOf('{ a(s: "{{{{[[") }')).toBe(2);
    expect(nestingOf('{ a(s: """ {{{ [[[ """) }')).toBe(2);
    expect(nestingOf('{ a(s: "esc \\" {{ ") }')).toBe(2);
    expect(nestingOf('{ a # {{{{\n }')).toBe(1);
  });

  it('stops counting as soon as the limit is passed', () => {
    expect(nestingOf('['.repeat(1_000_000), 100)).toBe(101);
  });
});
