import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from '../config';
import { ErrorCode } from '../errors';
import { callerOf } from './auth';

/**
 * Per-caller request limits (rate-limiter-flexible, in memory): keyed by the token's subject, or by the
 * address for a request without one, at the limit of the caller's highest role. Over it: 429 with
 * Retry-After (seconds) and the API's error shape. A limit of 0 means none for that role.
 */
export function rateLimit(limits: RateLimits): RequestHandler {
  const limiters = new Map(
    Object.entries(limits.perRole)
      .filter(([, points]) => points > 0)
      .map(([role, points]) => [role, new RateLimiterMemory({ points, duration: limits.windowSeconds, keyPrefix: `rl-${role}` })]),
  );
  if (limiters.size === 0) return (_req, _res, next) => next();
  return (req, res, next) => {
    const caller = callerOf(res);
    const role = caller.anonymous ? 'ANONYMOUS' : (caller.role ?? 'ANONYMOUS');
    const limiter = limiters.get(role);
    if (!limiter) return next();
    const key = caller.anonymous ? `ip:${req.ip ?? 'unknown'}` : `sub:${caller.id}`;
    limiter
      .consume(key)
      .then(() => next())
      .catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) return next(e);
        const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        res.status(429).json({
          errors: [
            {
              message: `Too many requests: at most ${limiter.points} per ${limits.windowSeconds} s for ${role}; retry after ${seconds} s.`,
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                messageZh: `请求过于频繁：${role === 'ANONYMOUS' ? '未登录访问' : '当前角色'}每 ${limits.windowSeconds} 秒最多 ${limiter.points} 次，请 ${seconds} 秒后重试。`,
                retryAfterSeconds: seconds,
              },
            },
          ],
        });
      });
  };
}
