import { parseArgs } from 'node:util';
import { parseRole, Role } from '../auth/roles';
import { mintToken } from '../auth/tokens';
import { ConfigError, DEFAULT_MAX_TOKEN_DAYS, loadConfig } from '../config';

const USAGE = 'usage: npm run token -- --sub <who> --role <viewer|analyst|planner|admin|expert> [--days 30]';

/**
 * `npm run token -- --sub 张三 --role planner --days 30` prints a bearer token for an operator to hand
 * out. It signs with AUTH_JWT_SECRET (HS256), or with AUTH_JWT_PRIVATE_KEY (RS256, the private half of
 * AUTH_JWT_PUBLIC_KEY), and carries AUTH_JWT_ISSUER / AUTH_JWT_AUDIENCE when they are set.
 * Exit codes: 0 printed, 2 usage or setup error.
 */
async function main(): Promise<number> {
  let values: { sub?: string; role?: string; days?: string };
  try {
    ({ values } = parseArgs({ options: { sub: { type: 'string' }, role: { type: 'string' }, days: { type: 'string' } }, strict: true }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const role = parseRole(values.role);
  const days = values.days === undefined ? 30 : Number(values.days);
  if (!values.sub?.trim() || !role || !Number.isFinite(days) || days <= 0 || days > 3650) {
    console.error(`${USAGE}\n  --role one of ${Object.values(Role).join(', ').toLowerCase()}; --days 1–3650`);
    return 2;
  }
  try {
    const auth = loadConfig().auth;
    const max = auth.maxTokenDays ?? DEFAULT_MAX_TOKEN_DAYS;
    if (days > max) {
      console.error(`--days ${days} is longer than the ${max} days the service accepts (AUTH_TOKEN_MAX_DAYS)`);
      return 2;
    }
    console.log(await mintToken({ ...auth, jwtPrivateKey: process.env.AUTH_JWT_PRIVATE_KEY || undefined }, values.sub.trim(), role, days));
    return 0;
  } catch (e) {
    console.error(e instanceof ConfigError ? e.message : (e as Error).message);
    return 2;
  }
}

void main().then((code) => process.exit(code));
