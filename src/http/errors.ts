import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/** What a transport failure tells a client: a code, an English text and the Chinese beside it. */
const KNOWN: Record<string, { message: string; messageZh: string }> = {
  'entity.parse.failed': { message: 'The request body is not valid JSON.', messageZh: '请求体不是有效的 JSON。' },
  'entity.too.large': { message: 'The request body is too large (limit 1 MB).', messageZh: '请求体过大（上限 1 MB）。' },
  'encoding.unsupported': { message: 'The request body has an unsupported encoding.', messageZh: '请求体编码不受支持。' },
  'charset.unsupported': { message: 'The request body has an unsupported charset.', messageZh: '请求体字符集不受支持。' },
};

/**
 * The last handler of the HTTP stack: every failure outside GraphQL execution (malformed JSON, a body
 * too large, anything thrown by a route) answers a small JSON error with a code, in every mode, and
 * never a stack trace or a path. Unknown failures are logged in full on the server.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const e = (err ?? {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    const known = e.type ? KNOWN[e.type] : undefined;
    if (status >= 500 || !known) logger.error({ err }, 'HTTP request failed');
    const body = known
      ? { message: known.message, extensions: { code: ErrorCode.BAD_REQUEST, messageZh: known.messageZh } }
      : status < 500
        ? { message: 'The request could not be read.', extensions: { code: ErrorCode.BAD_REQUEST, messageZh: '无法读取请求。' } }
        : { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageZh: '服务器内部错误。' } };
    res.status(status >= 400 && status < 600 ? status : 500).json({ errors: [body] });
  };
}

/** Unknown routes answer JSON too (Express would send an HTML page). */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: ErrorCode.NOT_FOUND, messageZh: '未找到。' } }] });
};
