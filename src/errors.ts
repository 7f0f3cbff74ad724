import { GraphQLError } from 'graphql';

/** Every code a client can see in `extensions.code`. Anything else is masked as INTERNAL_SERVER_ERROR. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  // Codes produced by graphql-js / Apollo before our code runs; passed through unchanged.
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST = 'BAD_REQUEST',
}

/** One failing input field: `path` is dotted from the argument name, e.g. `filter.revenueMin`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
}

export class BadInputError extends AppError {
  constructor(readonly fields: FieldProblem[], message?: string) {
    super(ErrorCode.BAD_USER_INPUT, message ?? `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, {
      fields,
    });
    this.name = 'BadInputError';
  }
}

export class NotFoundError extends AppError {
  /** `fields` names the input fields that point at the missing nodes, when a write named them. */
  constructor(entity: string, key: string, fields?: FieldProblem[]) {
    super(ErrorCode.NOT_FOUND, key ? `${entity} not found: ${key}` : `Not found: ${entity}`, fields ? { entity, key, fields } : { entity, key });
    this.name = 'NotFoundError';
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message = 'The graph database is unavailable; try again shortly.') {
    super(ErrorCode.DATABASE_UNAVAILABLE, message);
    this.name = 'DatabaseUnavailableError';
  }
}

export class TimeoutError extends AppError {
  constructor(message = 'The query took too long and was stopped; narrow it down and try again.') {
    super(ErrorCode.QUERY_TIMEOUT, message);
    this.name = 'TimeoutError';
  }
}

/** A transaction that needed more memory than Neo4j allows one transaction (dbms.memory.transaction.total.max). */
export class MemoryLimitError extends TimeoutError {
  constructor() {
    super('The query needed more memory than the database allows one transaction and was stopped; ask for less and try again.');
    this.name = 'MemoryLimitError';
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
    this.name = 'ConflictError';
  }
}

export const PASS_THROUGH_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);
