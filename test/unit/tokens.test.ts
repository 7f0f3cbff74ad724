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
