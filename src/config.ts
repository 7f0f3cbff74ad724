import path from 'node:path';

/**
 * The one place that reads the environment. Every setting is typed and validated at start;
 * an explicit override (from a test or a script) beats the environment.
 */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  introspection: boolean;
  /** Deepest field nesting a GraphQL operation may have. */
  maxQueryDepth: number;
  /** Most an operation may cost: a list costs its `first` times what it selects (src/graphql/limits.ts). */
  maxQueryCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  neo4j: {
    /** External database; when unset the bundled Neo4j is started. */
    uri: string | undefined;
    user: string | undefined;
    password: string | undefined;
    database: string;
    txTimeoutMs: number;
    maxPoolSize: number;
  };
  bundled: {
    dataDir: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
  };
  /** One GraphQL request's deadline and its share of the connection pool. */
  request: { timeoutMs: number; dbConcurrency: number };
  /** Timeout of an import's (and the start-up seed's) one write transaction; far above a request's. */
  importTxTimeoutMs: number;
  /** Largest dataset POST /import accepts, in bytes (a zip or workbook may unpack to 20 times this). */
  importMaxBytes: number;
  /** Most rows one import may hold (all files together); they are kept in memory until validated. */
  importMaxRows: number;
  /** Heap of the helper process an uploaded import runs in (MB); the service's own memory is untouched. */
  importWorkerHeapMb: number;
  seedOnEmpty: boolean;
  seedDir: string;
  /** JSON file overriding the analysis thresholds and weights (docs/ranking.md). */
  analysisConfigFile: string | undefined;
  /** A CJK font for PDF reports (a .ttf/.otf, or a .ttc with its face); default: Noto Sans CJK where Debian puts it. */
  reportFont: { file: string; face?: string } | undefined;
  auth: AuthConfig;
  /** Front-end origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins: string[];
  /** Requests per caller per window, by role (ANONYMOUS: per address); 0 = no limit (docs/security.md). */
  rateLimits: RateLimits;
  /** Roles (and ANONYMOUS) that may send only trusted documents, no free GraphQL text (docs/security.md). */
  trustedOnly: string[];
  /** 问一问 (docs/ask.md): an optional OpenAI-compatible endpoint that only chooses the operation. */
  ask: AskConfig;
  /** Memory for whole answers to repeated analysis questions on an unchanged graph, in MB; 0 = off (docs/performance.md). */
  responseCacheMb: number;
  /** The MCP server at /mcp (docs/ask.md): the write tools the operator turns on (none by default). */
  mcp: { mutations: string[] };
}

export interface AskConfig {
  /** Chat-completions URL (ASK_MODEL_URL); unset: the offline grammar answers alone. */
  modelUrl: string | undefined;
  modelName: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

/** What `npm run mcp` (the stdio MCP server) needs: the service it calls and the caller's token. */
export interface McpClientConfig {
  serviceUrl: string;
  token: string | undefined;
  /** The write tools it offers (MCP_MUTATIONS; the service still checks the token's role). */
  mutations: string[];
}

export interface RateLimits {
  windowSeconds: number;
  perRole: Record<string, number>;
}

/** Requests per minute by role when RATE_LIMITS is not set: generous for people, a brake on scripts. */
export const DEFAULT_RATE_LIMITS: Record<string, number> = {
  ANONYMOUS: 120,
  VIEWER: 300,
  EXPERT: 120,
  ANALYST: 600,
  PLANNER: 600,
  ADMIN: 1200,
};

/** Bearer tokens (docs/security.md): one verification key, and whether a request may come without one. */
export interface AuthConfig {
  /** HS256 shared secret (at least 32 characters). */
  jwtSecret: string | undefined;
  /** RS256 public key, PEM text or a path to a PEM file (used when no secret is set). */
  jwtPublicKey: string | undefined;
  /** When set, tokens must carry this issuer / audience. */
  issuer: string | undefined;
  audience: string | undefined;
  /** The longest a token may be valid for, in days (a token for longer is refused; default 90). */
  maxTokenDays?: number;
  /** Requests without a token read as an analyst (never write). Development only; refused in production. */
  anonymousRead: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

/** Repository root, whether running from `src/` (ts-jest) or from the compiled `dist/src/`. */
export const PROJECT_ROOT =
  path.basename(path.dirname(__dirname)) === 'dist' ? path.resolve(__dirname, '..', '..') : path.resolve(__dirname, '..');

type Env = Record<string, string | undefined>;

function str(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v === '' ? fallback : v;
}

function optional(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function memSize(env: Env, name: string, fallback: string): string {
  const v = str(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(v)) throw new ConfigError(name, `must be a size such as 512m or 1g, got "${v}"`);
  return v.toLowerCase();
}

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export type ConfigOverrides = Partial<Omit<Config, 'neo4j' | 'bundled' | 'request' | 'auth'>> & {
  neo4j?: Partial<Config['neo4j']>;
  bundled?: Partial<Config['bundled']>;
  request?: Partial<Config['request']>;
  auth?: Partial<AuthConfig>;
};

/** The longest token lifetime accepted unless AUTH_TOKEN_MAX_DAYS says otherwise. */
export const DEFAULT_MAX_TOKEN_DAYS = 90;

function authConfig(env: Env, nodeEnv: Config['nodeEnv']): AuthConfig {
  const jwtSecret = optional(env, 'AUTH_JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32)
    throw new ConfigError('AUTH_JWT_SECRET', 'must be at least 32 characters (HS256 needs a 256-bit secret)');
  const jwtPublicKey = optional(env, 'AUTH_JWT_PUBLIC_KEY');
  if (jwtSecret !== undefined && jwtPublicKey !== undefined)
    throw new ConfigError('AUTH_JWT_PUBLIC_KEY', 'must not be set together with AUTH_JWT_SECRET: choose HS256 or RS256');
  const production = nodeEnv === 'production';
  const anonymousRead = bool(env, 'AUTH_ANONYMOUS_READ', !production);
  if (production && anonymousRead)
    throw new ConfigError('AUTH_ANONYMOUS_READ', 'must not be true in production: every request needs a token there');
  if (production && jwtSecret === undefined && jwtPublicKey === undefined) {
    throw new ConfigError(
      'AUTH_JWT_SECRET',
      'or AUTH_JWT_PUBLIC_KEY must be set in production: the service refuses to start without a key to check tokens',
    );
  }
  return {
    jwtSecret,
    jwtPublicKey,
    issuer: optional(env, 'AUTH_JWT_ISSUER'),
    audience: optional(env, 'AUTH_JWT_AUDIENCE'),
    maxTokenDays: int(env, 'AUTH_TOKEN_MAX_DAYS', DEFAULT_MAX_TOKEN_DAYS, 1, 3650),
    anonymousRead,
  };
}

function origins(env: Env): string[] {
  const raw = optional(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new ConfigError('CORS_ORIGINS', `must list origins such as https://zs.example.cn, got "${o}"`);
      }
      if (url.origin !== o.replace(/\/$/, ''))
        throw new ConfigError('CORS_ORIGINS', `must list bare origins (scheme, host, port), got "${o}"`);
      return url.origin;
    });
}

/**
 * RATE_LIMITS: `off`, or `ROLE=n` pairs (ANONYMOUS, VIEWER, EXPERT, ANALYST, PLANNER, ADMIN) over the
 * defaults, n requests per RATE_LIMIT_WINDOW_SECONDS (0 = no limit). Off by default under NODE_ENV=test,
 * where the suite's own bursts are not what the limit is for (a test turns it on).
 */
function rateLimits(env: Env, nodeEnv: Config['nodeEnv']): RateLimits {
  const windowSeconds = int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600);
  const raw = optional(env, 'RATE_LIMITS') ?? (nodeEnv === 'test' ? 'off' : '');
  if (raw.trim().toLowerCase() === 'off')
    return { windowSeconds, perRole: Object.fromEntries(Object.keys(DEFAULT_RATE_LIMITS).map((k) => [k, 0])) };
  const perRole = { ...DEFAULT_RATE_LIMITS };
  for (const pair of raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')) {
    const m = /^([A-Z]+)=(\d+)$/.exec(pair);
    if (!m || !(m[1] in DEFAULT_RATE_LIMITS))
      throw new ConfigError(
        'RATE_LIMITS',
        `must be off or ROLE=n pairs with ROLE one of ${Object.keys(DEFAULT_RATE_LIMITS).join(', ')}, got "${pair}"`,
      );
    perRole[m[1]] = Number(m[2]);
  }
  return { windowSeconds, perRole };
}

/** GRAPHQL_TRUSTED_ONLY: `off` (default), `all`, or the roles that may send only trusted documents. */
function trustedOnly(env: Env): string[] {
  const raw = (optional(env, 'GRAPHQL_TRUSTED_ONLY') ?? 'off').trim();
  const roles = Object.keys(DEFAULT_RATE_LIMITS);
  if (raw.toLowerCase() === 'off') return [];
  if (raw.toLowerCase() === 'all') return roles;
  const named = raw
    .split(',')
    .map((x) => x.trim().toUpperCase())
    .filter((x) => x !== '');
  const bad = named.find((r) => !roles.includes(r));
  if (bad) throw new ConfigError('GRAPHQL_TRUSTED_ONLY', `must be off, all or roles among ${roles.join(', ')}, got "${bad}"`);
  return named;
}

function askConfig(env: Env): AskConfig {
  const modelUrl = optional(env, 'ASK_MODEL_URL');
  if (modelUrl !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(modelUrl).protocol;
    } catch {
      throw new ConfigError('ASK_MODEL_URL', `is not a URL: "${modelUrl}"`);
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new ConfigError('ASK_MODEL_URL', `must be http(s), got "${protocol}"`);
  }
  return {
    modelUrl,
    modelName: str(env, 'ASK_MODEL_NAME', 'default'),
    apiKey: optional(env, 'ASK_MODEL_API_KEY'),
    timeoutMs: int(env, 'ASK_MODEL_TIMEOUT_MS', 15000, 100, 600000),
  };
}

/** MCP_MUTATIONS: write tools the MCP server may offer (by tool name); none by default. */
function mcpMutations(env: Env, known: readonly string[]): string[] {
  const named = (optional(env, 'MCP_MUTATIONS') ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const bad = named.find((n) => !known.includes(n));
  if (bad) throw new ConfigError('MCP_MUTATIONS', `names write tools among ${known.join(', ')}, got "${bad}"`);
  return named;
}

/** The write tools MCP_MUTATIONS may name (src/modules/ask/ask.tools.ts). */
export const MCP_WRITE_TOOLS = ['log_follow_up'] as const;

/** The stdio MCP server's settings: MCP_SERVICE_URL (default the local service) and MCP_TOKEN. */
export function loadMcpClientConfig(env: Env = process.env): McpClientConfig {
  const serviceUrl = str(env, 'MCP_SERVICE_URL', `http://127.0.0.1:${int(env, 'PORT', 4000, 1, 65535)}`);
  try {
    new URL(serviceUrl);
  } catch {
    throw new ConfigError('MCP_SERVICE_URL', `is not a URL: "${serviceUrl}"`);
  }
  return { serviceUrl: serviceUrl.replace(/\/$/, ''), token: optional(env, 'MCP_TOKEN'), mutations: mcpMutations(env, MCP_WRITE_TOOLS) };
}

export function loadConfig(env: Env = process.env, overrides: ConfigOverrides = {}): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', 'development', ['development', 'production', 'test'] as const);
  const uri = optional(env, 'NEO4J_URI');
  if (uri !== undefined) {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError('NEO4J_URI', `is not a valid URI: "${uri}"`);
    }
    if (!NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError('NEO4J_URI', `must use one of ${NEO4J_SCHEMES.join(' ')} (got "${scheme}")`);
    }
  }
  const user = optional(env, 'NEO4J_USER');
  const password = optional(env, 'NEO4J_PASSWORD');
  if ((user === undefined) !== (password === undefined)) {
    throw new ConfigError(user === undefined ? 'NEO4J_USER' : 'NEO4J_PASSWORD', 'must be set together with the other');
  }
  const database = str(env, 'NEO4J_DATABASE', 'neo4j');
  if (!/^[a-z0-9][a-z0-9.-]{0,62}$/i.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `is not a valid database name: "${database}"`);
  }
  const base: Config = {
    nodeEnv,
    host: str(env, 'HOST', '127.0.0.1'),
    port: int(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', nodeEnv === 'test' ? 'silent' : 'info', [
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),
    introspection: bool(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    maxQueryDepth: int(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
    maxQueryCost: int(env, 'GRAPHQL_MAX_COST', 50000, 10, 100000000),
    maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 30, 1, 10000),
    maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 1000000),
    maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 1, 10000),
    neo4j: {
      uri,
      user,
      password,
      database,
      txTimeoutMs: int(env, 'NEO4J_TX_TIMEOUT_MS', 15000, 100, 600000),
      maxPoolSize: int(env, 'NEO4J_MAX_POOL_SIZE', 50, 1, 1000),
    },
    bundled: {
      dataDir: path.resolve(PROJECT_ROOT, str(env, 'NEO4J_DATA_DIR', '.data/neo4j')),
      boltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap: memSize(env, 'NEO4J_HEAP', '2g'),
      pageCache: memSize(env, 'NEO4J_PAGECACHE', '256m'),
      startTimeoutMs: int(env, 'NEO4J_START_TIMEOUT_MS', 180000, 1000, 3600000),
    },
    request: {
      timeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 30000, 100, 600000),
      dbConcurrency: int(env, 'REQUEST_DB_CONCURRENCY', 4, 1, 1000),
    },
    importTxTimeoutMs: int(env, 'IMPORT_TX_TIMEOUT_MS', 1800000, 1000, 86400000),
    importMaxBytes: int(env, 'IMPORT_MAX_BYTES', 52428800, 1024, 2147483647),
    importMaxRows: int(env, 'IMPORT_MAX_ROWS', 500000, 1, 100000000),
    importWorkerHeapMb: int(env, 'IMPORT_WORKER_HEAP_MB', 3072, 256, 65536),
    seedOnEmpty: bool(env, 'SEED_ON_EMPTY', true),
    seedDir: path.resolve(PROJECT_ROOT, str(env, 'SEED_DIR', 'seeds/demo')),
    analysisConfigFile: optional(env, 'ANALYSIS_CONFIG_FILE'),
    reportFont: optional(env, 'REPORT_FONT_FILE')
      ? { file: optional(env, 'REPORT_FONT_FILE')!, face: optional(env, 'REPORT_FONT_FACE') }
      : undefined,
    auth: authConfig(env, nodeEnv),
    corsOrigins: origins(env),
    rateLimits: rateLimits(env, nodeEnv),
    trustedOnly: trustedOnly(env),
    // Off under NODE_ENV=test, where tests write behind the service's back; a test turns it on.
    responseCacheMb: int(env, 'RESPONSE_CACHE_MB', nodeEnv === 'test' ? 0 : 64, 0, 65536),
    ask: askConfig(env),
    mcp: { mutations: mcpMutations(env, MCP_WRITE_TOOLS) },
  };
  return {
    ...base,
    ...overrides,
    neo4j: { ...base.neo4j, ...overrides.neo4j },
    bundled: { ...base.bundled, ...overrides.bundled },
    request: { ...base.request, ...overrides.request },
    auth: { ...base.auth, ...overrides.auth },
  };
}
