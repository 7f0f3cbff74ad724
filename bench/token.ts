import crypto from 'node:crypto';
import { Role } from '../src/auth/roles';
import { mintToken } from '../src/auth/tokens';

/**
 * Benchmarks run the service as production does (NODE_ENV=production: every request needs a
 * token), with a key made for the run and an analyst's token sent on every request.
 */
export const BENCH_SECRET = crypto.randomBytes(32).toString('hex');

export function benchToken(): Promise<string> {
  return mintToken(
    { jwtSecret: BENCH_SECRET, jwtPublicKey: undefined, issuer: undefined, audience: undefined, anonymousRead: false },
    'bench',
    Role.ANALYST,
    1,
  );
}
