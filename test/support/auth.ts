import { mintToken } from '../../src/auth/tokens';
import { Role } from '../../src/auth/roles';
import type { Config } from '../../src/config';
import { testConfig } from './db';

/** The HS256 secret the test services check tokens with (never used outside tests). */
export const TEST_SECRET = 'test-secret-for-integration-tests-only-0123456789';

/** The test configuration with token checking on; `anonymousRead` as asked. */
export function authTestConfig(anonymousRead: boolean): Config {
  const c = testConfig();
  return { ...c, auth: { ...c.auth, jwtSecret: TEST_SECRET, jwtPublicKey: undefined, anonymousRead } };
}

/** A token for `role`, valid for a day, signed with the test secret (or another one). */
export function tokenFor(role: Role, sub = `${role.toLowerCase()}-user`, opts: { secret?: string; days?: number } = {}): Promise<string> {
  return mintToken(
    { jwtSecret: opts.secret ?? TEST_SECRET, jwtPublicKey: undefined, issuer: undefined, audience: undefined, anonymousRead: false },
    sub,
    role,
    opts.days ?? 1,
  );
}
