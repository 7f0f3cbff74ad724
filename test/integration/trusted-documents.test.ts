import { createHash } from 'node:crypto';
import type { Service } from '../../src/app';
import { startService } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { authTestConfig, tokenFor } from '../support/auth';
import { resetDatabase, silentLogger, testGateway } from '../support/db';

type Data = Record<string, any>;

/** Trusted documents: operations by id, and for the roles of GRAPHQL_TRUSTED_ONLY nothing else. */
describe('trusted documents (documentId, GRAPHQL_TRUSTED_ONLY)', () => {
  let svc: Service;
  let viewer: string;
  let admin: string;
  let manifest: Array<{ id: string; name: string; source: string; text: string }>;
  beforeAll(async () => {
    const gw = testGateway();
    await resetDatabase(gw);
    await gw.close();
    // Only an admin may send free text here.
    svc = await startService(
      { ...authTestConfig(false), trustedOnly: ['ANONYMOUS', 'VIEWER', 'EXPERT', 'ANALYST', 'PLANNER'] },
      silentLogger,
    );
    viewer = await tokenFor(Role.VIEWER);
    admin = await tokenFor(Role.ADMIN);
    manifest = (await (await fetch(`${svc.url}/trusted-documents.json`)).json()) as typeof manifest;
  });
  afterAll(() => svc?.close());

  const post = async (body: Data, token?: string): Promise<{ status: number; body: Data }> => {
    const res = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Data };
  };

  it('publishes the manifest: every example and every page operation, each id the sha256 of its text', () => {
    const names = manifest.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['About', 'PageChain', 'PageCockpit', 'GapChanges2022H2']));
    expect(new Set(manifest.map((d) => d.source))).toEqual(
      new Set(['docs/examples.graphql', 'web/map/operations.graphql', 'schema/assistant.graphql']),
    );
    for (const d of manifest) expect(d.id).toBe(`sha256:${createHash('sha256').update(d.text).digest('hex')}`);
  });

  it('runs a trusted operation by documentId or by Apollo’s persisted-query hash, for a restricted role', async () => {
    const about = manifest.find((d) => d.name === 'About')!;
    const byId = await post({ documentId: about.id }, viewer);
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: about.id.slice('sha256:'.length) } } }, viewer);
    expect(byHash.body.data).toEqual(byId.body.data);
    // The same operation sent as text, spaced differently, is still the trusted one.
    const asText = await post({ query: `  ${about.text.replace(/\n/g, '\n\n')}  ` }, viewer);
    expect(asText.body.data).toEqual(byId.body.data);
  });

  it('refuses free text from a restricted role, naming the rule, and takes it from an admin', async () => {
    const refused = await post({ query: '{ industries { code } }' }, viewer);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'TRUSTED_DOCUMENT_REQUIRED', fields: [{ path: 'query' }] });
    expect(refused.body.errors[0].extensions.messageZh).toContain('只接受可信查询');
    const bad = await post({ query: 'not graphql at all' }, viewer);
    expect(bad.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect((await post({ query: '{ industries { code } }' }, admin)).status).toBe(200);
  });

  it('refuses an unknown id and never registers one, whatever the text sent beside it', async () => {
    const unknown = await post({ documentId: 'sha256:' + '0'.repeat(64) }, admin);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND', fields: [{ path: 'documentId' }] });
    const text = '{ industries { name } }';
    const hash = createHash('sha256').update(text).digest('hex');
    const register = await post({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, admin);
    expect(register.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const again = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, viewer);
    expect(again.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps the token rule first: no token is 401 before any document is looked at', async () => {
    const about = manifest.find((d) => d.name === 'About')!;
    expect((await post({ documentId: about.id })).status).toBe(401);
  });
});
