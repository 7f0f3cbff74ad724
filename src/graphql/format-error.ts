import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { ErrorCode, FieldProblem, messageZhOf, PASS_THROUGH_CODES } from '../errors';
import { argumentPath, variablePath } from './argument-path';
import { coercionZh, fieldProblemZh, limitZh, validationZh } from './message-zh';

/** Flattens class-validator's nested errors into dotted field paths (`filter.revenueMin`). */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const p = prefix ? `${prefix}.${e.property}` : e.property;
    const zh = validationZh(e, p);
    Object.values(e.constraints ?? {}).forEach((msg, i) => out.push({ path: p, message: msg, messageZh: zh[i] }));
    if (e.children?.length) out.push(...validationProblems(e.children, p));
  }
  return out;
}

const ARMOR_LIMIT = /limit of (\d+) exceeded/;

/**
 * The edge of the error model. Known codes pass through (type-graphql's argument validation is
 * reshaped into our `fields` list); anything else is logged in full and masked, so no Cypher,
 * stack or driver message ever reaches a client.
 */
export function createFormatError(logger: Logger, opts: { hideSuggestions?: boolean } = {}) {
  const shape = formatErrorShape(logger);
  // Every error a client sees carries its Chinese text beside the English one (extensions.messageZh).
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = opts.hideSuggestions ? withoutSuggestions(shape(formatted, error)) : shape(formatted, error);
    const ext = out.extensions ?? {};
    // Every failing field says, in Chinese, what is wrong with it.
    const fields = Array.isArray(ext.fields)
      ? (ext.fields as FieldProblem[]).map((f) => ({ ...f, messageZh: f.messageZh ?? fieldProblemZh(f.path, f.message) }))
      : undefined;
    const withFields = fields ? { ...ext, fields } : ext;
    if (typeof ext.messageZh === 'string') return { ...out, extensions: withFields };
    const code = typeof ext.code === 'string' ? ext.code : ErrorCode.INTERNAL_SERVER_ERROR;
    return { ...out, extensions: { ...withFields, messageZh: messageZhOf(code, out.message, fields) } };
  };
}

/**
 * graphql-js suggests names in validation and coercion errors ("Did you mean the enum value …?"):
 * in production they would map the schema for someone without introspection, so they are cut.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;
function withoutSuggestions(e: GraphQLFormattedError): GraphQLFormattedError {
  const fields = e.extensions?.fields as FieldProblem[] | undefined;
  return {
    ...e,
    message: e.message.replace(SUGGESTION, ''),
    ...(fields
      ? { extensions: { ...e.extensions, fields: fields.map((f) => ({ ...f, message: f.message.replace(SUGGESTION, '') })) } }
      : {}),
  };
}

function formatErrorShape(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown> } | undefined;
    const code = (formatted.extensions?.code ?? original?.extensions?.code) as string | undefined;
    const validationErrors = original?.extensions?.validationErrors as ValidationError[] | undefined;
    if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(validationErrors)) {
      const fields = validationProblems(validationErrors);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, fields },
      };
    }
    // A stack overflow while reading an operation (no resolver path) is the operation's fault; never show its text.
    if (formatted.path === undefined && /Maximum call stack size exceeded/.test(formatted.message)) {
      return {
        message: 'The query is nested too deeply. 查询嵌套过深，请减少嵌套层数。',
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ path: 'query', message: 'nested too deeply', messageZh: '查询嵌套过深，请减少嵌套层数' }],
        },
      };
    }
    // graphql-armor's limits (depth, aliases, tokens, directives) reject with "… limit of N exceeded…".
    const limit = ARMOR_LIMIT.exec(formatted.message);
    if (
      limit &&
      (code === ErrorCode.GRAPHQL_VALIDATION_FAILED || code === ErrorCode.GRAPHQL_PARSE_FAILED || code === ErrorCode.BAD_USER_INPUT)
    ) {
      const message = formatted.message.replace(/^Syntax Error: /, '');
      const zh = limitZh(message, Number(limit[1]));
      return {
        message: `${message} ${zh}。`,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, limit: Number(limit[1]), fields: [{ path: 'query', message, messageZh: zh }] },
      };
    }
    // Our own limits (cost) name their fields; Apollo may relabel them as validation failures.
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && Array.isArray(formatted.extensions?.fields)) {
      return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: formatted.extensions.fields } };
    }
    // graphql-js rejects bad argument literals (unknown enum value, wrong type) during validation and
    // bad variables during coercion; to a client both are bad input, with the failing field path.
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED || code === ErrorCode.BAD_USER_INPUT) {
      const path = error instanceof GraphQLError ? (argumentPath(error) ?? variablePath(error.message)) : undefined;
      if (path !== undefined) {
        return {
          message: formatted.message,
          locations: formatted.locations,
          path: formatted.path,
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            fields: [{ path, message: formatted.message, messageZh: coercionZh(formatted.message, path) }],
          },
        };
      }
    }
    if (code !== undefined && PASS_THROUGH_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      void _omit;
      return { ...formatted, extensions };
    }
    logger.error({ err: original ?? error, path: formatted.path }, 'internal error (masked for the client)');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
