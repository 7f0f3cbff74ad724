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
  constructor(
    readonly fields: FieldProblem[],
    message?: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message ?? `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, {
      fields,
    });
    this.name = 'BadInputError';
  }
}

export class NotFoundError extends AppError {
  /** `fields` names the input fields that point at the missing nodes, when a write named them. */
  constructor(entity: string, key: string, fields?: FieldProblem[]) {
    super(
      ErrorCode.NOT_FOUND,
      key ? `${entity} not found: ${key}` : `Not found: ${entity}`,
      fields ? { entity, key, fields } : { entity, key },
    );
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

/** What each code means, in Chinese, for `extensions.messageZh` when an error carries no Chinese text of its own. */
export const ERROR_ZH: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '输入有误',
  NOT_FOUND: '未找到',
  CONFLICT: '数据已被他人修改或请求重复，请刷新后重试',
  UNAUTHENTICATED: '未登录或令牌无效',
  FORBIDDEN: '权限不足',
  DATABASE_UNAVAILABLE: '数据库暂不可用，请稍后重试',
  QUERY_TIMEOUT: '查询超时，请缩小范围后重试',
  INTERNAL_SERVER_ERROR: '服务器内部错误',
  GRAPHQL_PARSE_FAILED: '查询语句无法解析',
  GRAPHQL_VALIDATION_FAILED: '查询与接口定义不符',
  PERSISTED_QUERY_NOT_FOUND: '未找到持久化查询',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化查询',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
  BAD_REQUEST: '请求无效',
};

/**
 * The Chinese text of an error: the Chinese sentence its message already carries (our errors write
 * it after the English one), else the code's meaning, with the failing fields named.
 */
export function messageZhOf(code: string, message: string, fields?: ReadonlyArray<{ path: string }>): string {
  // A Chinese sentence after the English one (". 需要「分析」及以上角色。" or " / 该企业…") is the error's own.
  const own = /(?:[.!?)]|\s\/)\s*([\u3400-\u9fff「（][^]*)$/.exec(message);
  if (own) return own[1].trim();
  const base = ERROR_ZH[code as ErrorCode] ?? ERROR_ZH.INTERNAL_SERVER_ERROR;
  return fields?.length ? `${base}：${fields.map((f) => f.path).join('、')}` : base;
}
