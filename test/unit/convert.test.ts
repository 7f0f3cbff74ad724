import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/convert';
import { splitStatements } from '../../src/db/cypher-files';

describe('toPlain', () => {
  it('turns safe integers into numbers and unsafe ones into exact strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
  });

  it('turns temporals into ISO-8601 strings', () => {
    expect(toPlain(new neo4j.types.Date(2022, 12, 15))).toBe('2022-12-15');
    expect(toPlain(new neo4j.types.DateTime(2022, 8, 1, 9, 30, 0, 0, 28800))).toBe('2022-08-01T09:30:00+08:00');
  });

  it('converts nested maps and lists', () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null, d: 'x' })).toEqual({ a: [1, { b: 2 }], c: null, d: 'x' });
  });
});

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// two\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)',
    ]);
  });
});
