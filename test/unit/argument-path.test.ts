import { GraphQLError, Source } from 'graphql';
import { argumentPath, variablePath } from '../../src/graphql/argument-path';

function errorAt(body: string, token: string): GraphQLError {
  const source = new Source(body);
  return new GraphQLError('bad value', { source, positions: [body.indexOf(token)] });
}

describe('argumentPath', () => {
  it('names a top-level argument, a nested input field and a list item by their path', () => {
    expect(argumentPath(errorAt('{ enterprises(orderBy: SIZE) { totalCount } }', 'SIZE'))).toBe('orderBy');
    expect(argumentPath(errorAt('{ projects(filter: {stages: [BOGUS]}) { totalCount } }', 'BOGUS'))).toBe('filter.stages');
    expect(argumentPath(errorAt('{ enterprises(filter: {revenueMin: "x"}) { totalCount } }', '"x"'))).toBe('filter.revenueMin');
  });

  it('is undefined for errors that are not about an argument value', () => {
    expect(argumentPath(errorAt('{ about { nope } }', 'nope'))).toBeUndefined();
  });
});

describe('variablePath', () => {
  it('reads the variable and the path inside it from graphql-js messages', () => {
    expect(variablePath('Variable "$f" got invalid value "BOGUS" at "f.stages[0]"; Value "BOGUS" does not exist')).toBe('f.stages[0]');
    expect(variablePath('Variable "$first" got invalid value "x"; Int cannot represent non-integer value')).toBe('first');
    expect(variablePath('Cannot query field "x"')).toBeUndefined();
  });
});
