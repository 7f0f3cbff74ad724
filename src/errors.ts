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
  RATE_LIMITED = 'RATE_LIMITED',
  TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED',
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
  /** The sentence an analyst is shown: 「每页条数须在 1 到 100 之间」 (filled in at the edge when absent). */
  messageZh?: string;
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

/** A transaction past Neo4j's memory limits (one transaction: db.memory.transaction.max; all of them: dbms.memory.transaction.total.max). */
export class MemoryLimitError extends TimeoutError {
  constructor() {
    super(
      'The query needed more memory than the database allows, or its transaction memory is taken by other work (a large import), and was stopped; ask for less, or try again shortly. ' +
        '查询所需内存超出数据库上限，或数据库内存正被其他任务（如大批量导入）占用，请缩小范围或稍后重试。',
    );
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
  BAD_USER_INPUT: '输入有误，请检查后重试。',
  NOT_FOUND: '要找的记录不存在，请检查编号。',
  CONFLICT: '数据已被他人修改或请求重复，请刷新后重试。',
  UNAUTHENTICATED: '未登录或令牌无效，请重新登录。',
  FORBIDDEN: '当前角色无权执行此操作。',
  DATABASE_UNAVAILABLE: '数据库暂不可用，请稍后重试。',
  QUERY_TIMEOUT: '查询超时，请缩小范围后重试。',
  RATE_LIMITED: '请求过于频繁，请稍后重试。',
  TRUSTED_DOCUMENT_REQUIRED: '本服务对当前角色只接受可信查询，请发送清单中的 documentId。',
  INTERNAL_SERVER_ERROR: '服务器内部错误，请稍后重试或联系管理员。',
  GRAPHQL_PARSE_FAILED: '查询语句有语法错误，无法解析。',
  GRAPHQL_VALIDATION_FAILED: '查询与接口定义不符：请检查字段名与参数。',
  PERSISTED_QUERY_NOT_FOUND: '未找到该持久化查询，请发送完整查询语句。',
  PERSISTED_QUERY_NOT_SUPPORTED: '本服务不支持持久化查询。',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行哪个操作：请用 operationName 指明。',
  BAD_REQUEST: '请求格式无效。',
};

/**
 * The Chinese text of an error: the Chinese sentence its message already carries (our errors write
 * it after the English one), else the code's meaning, with the failing fields named.
 */
export function messageZhOf(code: string, message: string, fields?: ReadonlyArray<{ path: string; messageZh?: string }>): string {
  // A Chinese sentence after the English one (". 需要「分析」及以上角色。" or " / 该企业…") is the error's own.
  const own = /(?:[.!?)]|\s\/)\s*([\u3400-\u9fff「（][^]*)$/.exec(message);
  if (own) return own[1].trim();
  const base = ERROR_ZH[code as ErrorCode] ?? ERROR_ZH.INTERNAL_SERVER_ERROR;
  // Each field's own sentence, once each: 「每页条数须在 1 到 100 之间；统一社会信用代码不是有效的…」。
  const said = [...new Set((fields ?? []).map((f) => f.messageZh).filter((m): m is string => !!m))];
  return said.length ? `${said.join('；')}。` : base;
}
