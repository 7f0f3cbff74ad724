import crypto from 'node:crypto';
import { SignJWT } from 'jose';
import { Role } from '../../src/auth/roles';
import { mintToken, TokenError, TokenVerifier } from '../../src/auth/tokens';
import type { AuthConfig } from '../../src/config';

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const RS256: AuthConfig = {
  jwtSecret: undefined,
  jwtPublicKey: publicKey,
  issuer: 'nanan-zs',
  audience: 'chain-graph',
  anonymousRead: false,
};

describe('bearer tokens (RS256 with a public key; issuer and audience checked)', () => {
  it('accepts a token signed with the private half, with its subject and role (roles below included)', async () => {
    const verifier = (await TokenVerifier.create(RS256))!;
    const token = await mintToken({ ...RS256, jwtPrivateKey: privateKey }, '张三', Role.PLANNER, 30);
    expect(await verifier.verify(token)).toEqual({
      id: '张三',
      role: Role.PLANNER,
      roles: [Role.VIEWER, Role.ANALYST, Role.PLANNER],
      anonymous: false,
    });
  });

  it('refuses an HS256 token, another issuer, an expired token and one without a role, saying why', async () => {
    const verifier = (await TokenVerifier.create(RS256))!;
    const hs = await mintToken({ ...RS256, jwtPublicKey: undefined, jwtSecret: 'x'.repeat(40) }, 'mallory', Role.ADMIN, 1);
    await expect(verifier.verify(hs)).rejects.toBeInstanceOf(TokenError);
    const otherIssuer = await mintToken({ ...RS256, issuer: 'someone-else', jwtPrivateKey: privateKey }, 'x', Role.ADMIN, 1);
    await expect(verifier.verify(otherIssuer)).rejects.toThrow(/"iss" claim/);
    const expired = await mintToken({ ...RS256, jwtPrivateKey: privateKey }, 'x', Role.ADMIN, -1);
    await expect(verifier.verify(expired)).rejects.toThrow(/expired/);
    const key = crypto.createPrivateKey(privateKey);
    const noRole = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('x')
      .setIssuer('nanan-zs')
      .setAudience('chain-graph')
      .setExpirationTime('1h')
      .sign(key);
    await expect(verifier.verify(noRole)).rejects.toThrow(/no known role/);
  });

  it('has no verifier without a key', async () => {
    expect(await TokenVerifier.create({ ...RS256, jwtPublicKey: undefined })).toBeUndefined();
  });
});

describe('bearer tokens: a subject and a bounded lifetime', () => {
  const HS: AuthConfig = {
    jwtSecret: 'y'.repeat(40),
    jwtPublicKey: undefined,
    issuer: undefined,
    audience: undefined,
    anonymousRead: false,
    maxTokenDays: 90,
  };
  const key = new TextEncoder().encode(HS.jwtSecret);
  const sign = (claims: Record<string, unknown>, expSeconds: number, sub?: string): Promise<string> => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + expSeconds);
    return (sub === undefined ? jwt : jwt.setSubject(sub)).sign(key);
  };

  it('refuses a token whose subject is empty or blank: the audit trail could not say who wrote', async () => {
    const verifier = (await TokenVerifier.create(HS))!;
    await expect(verifier.verify(await sign({ role: 'admin' }, 3600, ''))).rejects.toThrow(/"sub" claim must be a name/);
    await expect(verifier.verify(await sign({ role: 'admin' }, 3600, '   '))).rejects.toThrow(/"sub" claim must be a name/);
    expect((await verifier.verify(await sign({ role: 'admin' }, 3600, '李四'))).id).toBe('李四');
  });

  it('refuses a token valid for longer than the configured maximum (an expiry in the year 9999), accepts one within it', async () => {
    const verifier = (await TokenVerifier.create(HS))!;
    const year9999 = Math.floor(Date.parse('9999-12-31T00:00:00Z') / 1000) - Math.floor(Date.now() / 1000);
    await expect(verifier.verify(await sign({ role: 'viewer' }, year9999, 'x'))).rejects.toThrow(/longer than the 90 days/);
    await expect(verifier.verify(await sign({ role: 'viewer' }, 91 * 86400, 'x'))).rejects.toThrow(/AUTH_TOKEN_MAX_DAYS/);
    expect((await verifier.verify(await sign({ role: 'viewer' }, 89 * 86400, 'x'))).role).toBe(Role.VIEWER);
    const tight = (await TokenVerifier.create({ ...HS, maxTokenDays: 1 }))!;
    await expect(tight.verify(await sign({ role: 'viewer' }, 2 * 86400, 'x'))).rejects.toThrow(/longer than the 1 days/);
  });
});

describe('bearer tokens: verified once, remembered until they expire', () => {
  const HS: AuthConfig = {
    jwtSecret: 'z'.repeat(40),
    jwtPublicKey: undefined,
    issuer: undefined,
    audience: undefined,
    anonymousRead: false,
  };
  afterEach(() => jest.useRealTimers());

  it('answers the same caller for a token seen before, and refuses it once it has expired', async () => {
    const verifier = (await TokenVerifier.create(HS))!;
    const token = await mintToken(HS, '张三', Role.ANALYST, 1);
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toBe(first); // the remembered answer, not a second check
    expect(first).toMatchObject({ id: '张三', role: Role.ANALYST });
    // Two days on, the remembered entry has expired with the token: the check runs again and refuses it.
    jest.useFakeTimers({ now: Date.now() + 2 * 86400 * 1000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    await expect(verifier.verify(token)).rejects.toThrow(TokenError);
    await expect(verifier.verify(token)).rejects.toThrow(/expired/);
  });

  it('never remembers a refused token, and a forged copy of a remembered one is checked on its own', async () => {
    const verifier = (await TokenVerifier.create(HS))!;
    const token = await mintToken(HS, '李四', Role.VIEWER, 1);
    await verifier.verify(token);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(forged)).rejects.toThrow(TokenError);
    await expect(verifier.verify(forged)).rejects.toThrow(TokenError);
  });
});
