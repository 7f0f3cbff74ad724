import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors';
import { sourceProblem } from '../graphql/limits';

/**
 * Refuses a GraphQL document that is nested too deeply or too long before Apollo parses it, with the
 * same error shape as every other limit (BAD_USER_INPUT, HTTP 400).
 */
export function sourceLimits(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : undefined;
    const problem = query === undefined ? undefined : sourceProblem(query, maxTokens);
    if (!problem) {
      next();
      return;
    }
    res.status(400).json({
      errors: [
        {
          message: problem.message,
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            messageZh: `${problem.messageZh}。`,
            limit: problem.limit,
            fields: [{ path: 'query', message: problem.message, messageZh: problem.messageZh }],
          },
        },
      ],
    });
  };
}
