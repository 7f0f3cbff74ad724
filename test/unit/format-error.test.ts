import { GraphQLError } from 'graphql';
import pino from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { BadInputError, NotFoundError } from '../../src/errors';
import { createFormatError } from '../../src/graphql/format-error';

const format = createFormatError(pino({ level: 'silent' }));

function run(err: Error) {
  const gqlErr = err instanceof GraphQLError ? err : new GraphQLError(err.message, { originalError: err });
  return format(gqlErr.toJSON(), gqlErr);
}

describe('formatError', () => {
  it('masks unknown errors: no Cypher, no driver message, no stack', () => {
    const out = run(new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Enterprise) RETRUN n'));
    expect(out.message).toBe('Internal server error');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageZh: '服务器内部错误，请稍后重试或联系管理员。' });
    expect(JSON.stringify(out)).not.toMatch(/MATCH|Neo\.|stack/);
  });

  it('passes our own codes through with their details', () => {
    const out = run(new BadInputError([{ path: 'first', message: 'must be between 1 and 100' }]));
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect(out.extensions?.fields).toEqual([{ path: 'first', message: 'must be between 1 and 100', messageZh: '每页条数的值无效' }]);
    expect(run(new NotFoundError('Enterprise', 'X')).extensions?.code).toBe('NOT_FOUND');
  });

  it('reshapes class-validator errors into dotted field paths', () => {
    const child = Object.assign(new ValidationError(), {
      property: 'revenueMin',
      constraints: { min: 'revenueMin must not be less than 0' },
    });
    const parent = Object.assign(new ValidationError(), { property: 'filter', children: [child] });
    const out = run(new ArgumentValidationError([parent]));
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.revenueMin', message: 'revenueMin must not be less than 0', messageZh: '最低营收不能小于 0' }],
      messageZh: '最低营收不能小于 0。',
    });
  });
});

describe('formatError in production', () => {
  const production = createFormatError(pino({ level: 'silent' }), { hideSuggestions: true });
  it('cuts graphql-js name suggestions, which would map the schema without introspection', () => {
    const e = new GraphQLError('Value "SIGNEDD" does not exist in "ProjectStage" enum. Did you mean the enum value "SIGNED"?', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const out = production(e.toJSON(), e);
    expect(out.message).toBe('Value "SIGNEDD" does not exist in "ProjectStage" enum.');
    expect(JSON.stringify(out)).not.toMatch(/Did you mean|"SIGNED"/);
    // Outside production the suggestion helps a developer and stays.
    expect(format(e.toJSON(), e).message).toMatch(/Did you mean the enum value "SIGNED"\?/);
  });
});
