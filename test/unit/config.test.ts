import { ConfigError, loadConfig, loadMcpClientConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses documented defaults when the environment is empty', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.bundled.boltPort).toBe(7687);
    expect(c.bundled.dataDir.endsWith('.data/neo4j')).toBe(true);
    expect(c.introspection).toBe(true);
  });

  const KEY = 'k'.repeat(32);
  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: KEY }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: KEY, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('refuses to run production without a token key, or with anonymous reads', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET or AUTH_JWT_PUBLIC_KEY must be set in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: KEY, AUTH_ANONYMOUS_READ: 'true' })).toThrow(
      /AUTH_ANONYMOUS_READ must not be true in production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: KEY }).auth.anonymousRead).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).auth.anonymousRead).toBe(true);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: KEY, AUTH_JWT_PUBLIC_KEY: '/x.pem' })).toThrow(/choose HS256 or RS256/);
  });

  it('reads per-role rate limits over the defaults, off under NODE_ENV=test or when asked', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      windowSeconds: 60,
      perRole: { ANONYMOUS: 120, VIEWER: 300, EXPERT: 120, ANALYST: 600, PLANNER: 600, ADMIN: 1200 },
    });
    const c = loadConfig({ RATE_LIMITS: 'VIEWER=10, ADMIN=0', RATE_LIMIT_WINDOW_SECONDS: '30' }).rateLimits;
    expect([c.windowSeconds, c.perRole.VIEWER, c.perRole.ADMIN, c.perRole.ANALYST]).toEqual([30, 10, 0, 600]);
    expect(Object.values(loadConfig({ NODE_ENV: 'test' }).rateLimits.perRole).every((n) => n === 0)).toBe(true);
    expect(Object.values(loadConfig({ RATE_LIMITS: 'off' }).rateLimits.perRole).every((n) => n === 0)).toBe(true);
    expect(() => loadConfig({ RATE_LIMITS: 'ROOT=5' })).toThrow(/RATE_LIMITS/);
    expect(() => loadConfig({ RATE_LIMITS: 'VIEWER=-1' })).toThrow(/RATE_LIMITS/);
  });

  it('reads which roles may send only trusted documents: none by default, all, or a list', () => {
    expect(loadConfig({}).trustedOnly).toEqual([]);
    expect(loadConfig({ GRAPHQL_TRUSTED_ONLY: 'all' }).trustedOnly).toEqual([
      'ANONYMOUS',
      'VIEWER',
      'EXPERT',
      'ANALYST',
      'PLANNER',
      'ADMIN',
    ]);
    expect(loadConfig({ GRAPHQL_TRUSTED_ONLY: 'viewer, ANONYMOUS' }).trustedOnly).toEqual(['VIEWER', 'ANONYMOUS']);
    expect(() => loadConfig({ GRAPHQL_TRUSTED_ONLY: 'ROOT' })).toThrow(/GRAPHQL_TRUSTED_ONLY/);
  });

  it('reads the 问一问 model endpoint (optional, http(s) only) and the MCP write tools (none by default, known names only)', () => {
    expect(loadConfig({}).ask).toEqual({ modelUrl: undefined, modelName: 'default', apiKey: undefined, timeoutMs: 15000 });
    expect(loadConfig({ ASK_MODEL_URL: 'http://10.0.0.5:8000/v1/chat/completions', ASK_MODEL_NAME: 'qwen' }).ask).toMatchObject({
      modelUrl: 'http://10.0.0.5:8000/v1/chat/completions',
      modelName: 'qwen',
    });
    expect(() => loadConfig({ ASK_MODEL_URL: 'file:///etc/passwd' })).toThrow(/ASK_MODEL_URL/);
    expect(() => loadConfig({ ASK_MODEL_URL: 'not a url' })).toThrow(/ASK_MODEL_URL/);
    expect(loadConfig({}).mcp.mutations).toEqual([]);
    expect(loadConfig({ MCP_MUTATIONS: 'log_follow_up' }).mcp.mutations).toEqual(['log_follow_up']);
    expect(() => loadConfig({ MCP_MUTATIONS: 'delete_everything' })).toThrow(/MCP_MUTATIONS/);
    expect(loadMcpClientConfig({ MCP_TOKEN: 't', PORT: '4100' })).toEqual({
      serviceUrl: 'http://127.0.0.1:4100',
      token: 't',
      mutations: [],
    });
    expect(() => loadMcpClientConfig({ MCP_MUTATIONS: 'drop_all' })).toThrow(/MCP_MUTATIONS/);
    expect(() => loadMcpClientConfig({ MCP_SERVICE_URL: 'nope' })).toThrow(/MCP_SERVICE_URL/);
  });

  it('keeps a response cache of 64 MB by default, none under NODE_ENV=test or when set to 0', () => {
    expect(loadConfig({}).responseCacheMb).toBe(64);
    expect(loadConfig({ NODE_ENV: 'test' }).responseCacheMb).toBe(0);
    expect(loadConfig({ RESPONSE_CACHE_MB: '0' }).responseCacheMb).toBe(0);
    expect(() => loadConfig({ RESPONSE_CACHE_MB: '-1' })).toThrow(/RESPONSE_CACHE_MB/);
  });

  it('reads CORS origins as bare origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://zs.example.cn, http://localhost:5173' }).corsOrigins).toEqual([
      'https://zs.example.cn',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://zs.example.cn/path' })).toThrow(/bare origins/);
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ NEO4J_USER: 'neo4j' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_HEAP: 'lots' }, 'NEO4J_HEAP'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_ON_EMPTY: 'maybe' }, 'SEED_ON_EMPTY'],
    [{ NEO4J_DATABASE: 'x y' }, 'NEO4J_DATABASE'],
  ])('rejects %j naming %s', (env, variable) => {
    let err: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(variable);
    expect((err as Error).message).toContain(variable);
  });

  it('accepts every Neo4j scheme users grow into', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('lets an explicit option beat the environment', () => {
    const c = loadConfig({ PORT: '5000', NEO4J_DATABASE: 'a' }, { port: 0, neo4j: { database: 'b' } });
    expect(c.port).toBe(0);
    expect(c.neo4j.database).toBe('b');
    expect(c.neo4j.txTimeoutMs).toBe(15000);
  });
});
