import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ANONYMOUS_READER, Caller, NOBODY } from '../auth/roles';
import { TokenError, TokenVerifier } from '../auth/tokens';
import { ErrorCode } from '../errors';

function refuse(res: Parameters<RequestHandler>[1], message: string, messageZh: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(401).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED, messageZh } }] });
}

/**
 * Who is asking, from `Authorization: Bearer <token>`, in `res.locals.caller`. A token that is there
 * must be valid (a bad one is never read as no token); without one, the request reads anonymously
 * where that is allowed (development) and is refused with 401 otherwise.
 */
export function authenticate(verifier: TokenVerifier | undefined, anonymousRead: boolean, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined || header === '') {
      if (!anonymousRead) return refuse(res, 'A token is required (Authorization: Bearer …).', '需要令牌（Authorization: Bearer …）。');
      res.locals.caller = ANONYMOUS_READER;
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return refuse(res, 'The Authorization header must be "Bearer <token>".', 'Authorization 请求头格式应为 "Bearer <令牌>"。');
    if (!verifier) return refuse(res, 'This service has no key to check tokens; ask its operator.', '本服务未配置令牌密钥。');
    verifier
      .verify(match[1])
      .then((caller: Caller) => {
        res.locals.caller = caller;
        next();
      })
      .catch((e: unknown) => {
        if (e instanceof TokenError) return refuse(res, e.message, e.messageZh);
        logger.error({ err: e }, 'token check failed');
        return refuse(res, 'The token cannot be read.', '无法读取令牌。');
      });
  };
}

/** The caller authenticate() found (nobody when it did not run). */
export function callerOf(res: { locals: Record<string, unknown> }): Caller {
  return (res.locals.caller as Caller | undefined) ?? NOBODY;
}
