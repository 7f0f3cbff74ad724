import fs from 'node:fs';
// jose 5: the last major line that ships CommonJS (jest cannot load the ESM-only 6 on Node 20).
import { errors, importPKCS8, importSPKI, jwtVerify, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { type AuthConfig, DEFAULT_MAX_TOKEN_DAYS } from '../config';
import { Caller, parseRole, Role, rolesOf } from './roles';

/** Why a token was refused, in words a client can act on (never the key or the token itself). */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

type Key = KeyLike | Uint8Array;

/** A PEM given inline or as a path to a file. */
function pem(value: string): string {
  return value.includes('-----BEGIN') ? value : fs.readFileSync(value, 'utf8');
}

/** Verifies bearer tokens: HS256 with a shared secret, or RS256 with a public key (config). */
export class TokenVerifier {
  private constructor(
    private readonly key: Key,
    private readonly algorithm: 'HS256' | 'RS256',
    private readonly config: AuthConfig,
  ) {}

  /** Undefined when no key is configured (then no token can be accepted). */
  static async create(config: AuthConfig): Promise<TokenVerifier | undefined> {
    if (config.jwtSecret) return new TokenVerifier(new TextEncoder().encode(config.jwtSecret), 'HS256', config);
    if (config.jwtPublicKey) return new TokenVerifier(await importSPKI(pem(config.jwtPublicKey), 'RS256'), 'RS256', config);
    return undefined;
  }

  /**
   * Tokens already verified, until they expire: the signature check is the costliest step of a small
   * request, and a token's answer cannot change before its exp (the key changes only with a restart).
   * Bounded; the oldest entry goes first.
   */
  private readonly verified = new Map<string, { caller: Caller; expiresAtMs: number }>();
  private static readonly REMEMBERED = 1000;

  async verify(token: string): Promise<Caller> {
    const known = this.verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.caller;
    this.verified.delete(token);
    const { caller, exp } = await this.check(token);
    if (this.verified.size >= TokenVerifier.REMEMBERED) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { caller, expiresAtMs: exp * 1000 });
    return caller;
  }

  private async check(token: string): Promise<{ caller: Caller; exp: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [this.algorithm],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw new TokenError('The token has expired; ask for a new one.', '令牌已过期，请重新申请。');
      if (e instanceof errors.JWSSignatureVerificationFailed)
        throw new TokenError('The token is not signed with this service’s key.', '令牌签名无效。');
      if (e instanceof errors.JWTClaimValidationFailed)
        throw new TokenError(`The token’s "${e.claim}" claim is not accepted.`, '令牌声明不符合要求。');
      throw new TokenError('The token cannot be read.', '无法读取令牌。');
    }
    // A token names who it is (the audit trail signs with it) and lives no longer than the service allows.
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '' || payload.sub.length > 200) {
      throw new TokenError('The token names nobody: its "sub" claim must be a name of 1–200 characters.', '令牌未指明使用者（sub）。');
    }
    const maxDays = this.config.maxTokenDays ?? DEFAULT_MAX_TOKEN_DAYS;
    const lifetime = (payload.exp ?? 0) - (payload.iat ?? Math.floor(Date.now() / 1000));
    if (lifetime > maxDays * 86400) {
      throw new TokenError(
        `The token is valid for longer than the ${maxDays} days this service accepts (AUTH_TOKEN_MAX_DAYS); ask for a new one.`,
        `令牌有效期超过 ${maxDays} 天的上限，请重新申请。`,
      );
    }
    const role = parseRole(payload.role);
    if (!role) throw new TokenError(`The token names no known role (one of ${Object.values(Role).join(', ')}).`, '令牌未指定有效角色。');
    return { caller: Object.freeze({ id: String(payload.sub), role, roles: rolesOf(role), anonymous: false }), exp: payload.exp ?? 0 };
  }
}

/** Mints a token for an operator (npm run token); the key is the signing side of the verifier's. */
export async function mintToken(config: AuthConfig & { jwtPrivateKey?: string }, sub: string, role: Role, days: number): Promise<string> {
  const jwt = new SignJWT({ role })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + Math.round(days * 86400));
  if (config.issuer) jwt.setIssuer(config.issuer);
  if (config.audience) jwt.setAudience(config.audience);
  if (config.jwtSecret) return jwt.setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(config.jwtSecret));
  if (config.jwtPrivateKey) return jwt.setProtectedHeader({ alg: 'RS256' }).sign(await importPKCS8(pem(config.jwtPrivateKey), 'RS256'));
  throw new Error(
    'No signing key: set AUTH_JWT_SECRET (HS256), or AUTH_JWT_PRIVATE_KEY (RS256, the key whose public half is AUTH_JWT_PUBLIC_KEY).',
  );
}
