import type { Service } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { startService } from '../../src/app';
import { authTestConfig, tokenFor } from '../support/auth';
import { resetDatabase, silentLogger, testGateway } from '../support/db';

type Data = Record<string, any>;

/** Per-caller limits: keyed by the token's subject, at its role's limit; 429 with Retry-After over it. */
describe('rate limits (RATE_LIMITS)', () => {
  let svc: Service;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.close();
    const c = authTestConfig(true);
    // Small limits so the test needs few requests: a viewer 3 a minute, an analyst 5, anonymous 2.
    svc = await startService(
      { ...c, rateLimits: { windowSeconds: 60, perRole: { ANONYMOUS: 2, VIEWER: 3, EXPERT: 3, ANALYST: 5, PLANNER: 5, ADMIN: 0 } } },
      silentLogger,
    );
  });
  afterAll(() => svc?.close());

  const ask = (token?: string): Promise<Response> =>
    fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('lets a viewer make its 3 requests, then answers 429 with Retry-After and a Chinese sentence', async () => {
    const viewer = await tokenFor(Role.VIEWER, 'viewer-a');
    for (let i = 0; i < 3; i++) expect((await ask(viewer)).status).toBe(200);
    const refused = await ask(viewer);
    expect(refused.status).toBe(429);
    const retry = Number(refused.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as Data;
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retry });
    expect(body.errors[0].extensions.messageZh).toMatch(/^请求过于频繁：当前角色每 60 秒最多 3 次/);
    // Exports count against the same budget.
    expect(
      (await fetch(`${svc.url}/export/chain-gaps.csv?industryCode=NE`, { headers: { authorization: `Bearer ${viewer}` } })).status,
    ).toBe(429);
  });

  it('keys the budget by the token’s subject and sizes it by role; an unlimited role is never refused', async () => {
    // Another viewer has a budget of its own.
    expect((await ask(await tokenFor(Role.VIEWER, 'viewer-b'))).status).toBe(200);
    const analyst = await tokenFor(Role.ANALYST, 'analyst-a');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await ask(analyst)).status);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
    const admin = await tokenFor(Role.ADMIN, 'admin-a');
    for (let i = 0; i < 8; i++) expect((await ask(admin)).status).toBe(200);
  });

  it('limits requests without a token by address', async () => {
    expect([(await ask()).status, (await ask()).status, (await ask()).status]).toEqual([200, 200, 429]);
  });
});
