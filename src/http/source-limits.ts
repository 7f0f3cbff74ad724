import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../errors';
import { sourceProblem } from '../graphql/limits';

/** Documents up to this length that passed are remembered, so a repeated one is not lexed again. */
const REMEMBERED_LENGTH = 20000;

/**
 * Refuses a GraphQL document that is nested too deeply or too long before Apollo parses it, with the
 * same error shape as every other limit (BAD_USER_INPUT, HTTP 400).
 */
export function sourceLimits(maxTokens: number): RequestHandler {
  // Clients send the same few documents over and over; counting their tokens once is enough.
  const passed = new LRUCache<string, true>({ max: 500 });
  return (req, res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : typeof req.query.query === 'string' ? req.query.query : undefined;
    if (query === undefined || passed.has(query)) return next();
    const problem = sourceProblem(query, maxTokens);
    if (!problem) {
      if (query.length <= REMEMBERED_LENGTH) passed.set(query, true);
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
