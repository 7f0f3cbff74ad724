import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express, { Express, RequestHandler } from 'express';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Neo4jGateway } from './db/gateway';
import type { DatabaseMonitor } from './db/supervisor';
import { ErrorCode } from './errors';
import { AppContext, createContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { operationLimits } from './graphql/limits';
import { ResponseCache, responseCachePlugin } from './graphql/response-cache';
import { graphiqlRoutes } from './http/graphiql';
import { mapRoutes } from './http/map';
import { httpErrorHandler, notFoundHandler } from './http/errors';
import { healthRoutes } from './http/health';
import { rateLimit } from './http/rate-limit';
import { trustedDocuments } from './http/trusted-documents';
import { loadTrustedDocuments } from './graphql/trusted-documents';
import { authenticate, callerOf } from './http/auth';
import { TokenVerifier } from './auth/tokens';
import { sourceLimits } from './http/source-limits';
import { VersionedCache } from './db/versioned-cache';
import { AnalysisSettings, loadAnalysisConfig } from './analysis-settings';
import { AnalysisService } from './modules/analysis/analysis.service';
import { AskSettings } from './modules/ask/ask.model-client';
import { OperationResult, OperationRunner } from './graphql/operation-runner';
import { getSchema } from './schema';
import { importRoutes } from './modules/import/import.route';
import { ImportJobs } from './modules/import/import-job.service';
import { exportRoutes, RunOperation } from './modules/export/export.route';
import { mcpRoutes } from './mcp/mcp.route';

export interface AppServer {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
  /** Starts listening; resolves with the bound URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Computes the analysis caches and warms Neo4j's plans, so the first request is not the slow one. */
  warmUp(): Promise<void>;
  stop(): Promise<void>;
}

/** The request id a client sent (X-Request-Id, when well formed), or a new one. */
function requestIdOf(req: express.Request): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : crypto.randomUUID();
}

type Execute = (query: string, variables: Record<string, unknown>, res: express.Response, requestId?: string) => Promise<OperationResult>;

/** One log line per GraphQL request: operation name, duration, error count (nothing at all below info). */
function requestLogPlugin(logger: Logger): ApolloServerPlugin<AppContext> {
  if (!logger.isLevelEnabled('info')) return {};
  return {
    requestDidStart({ contextValue }) {
      const t0 = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operationName, errors }) {
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          contextValue.logger.info(
            { operationName: operationName ?? null, durationMs: Math.round(ms * 10) / 10, errors: errors?.length ?? 0 },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * An answer without data because the database is gone is HTTP 503 (as /ready), so load balancers
 * and clients can retry; partial answers keep 200.
 */
function unavailableStatusPlugin(): ApolloServerPlugin<AppContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const empty = data === null || data === undefined || Object.values(data).every((v) => v === null);
          if (empty && errors?.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
          return Promise.resolve();
        },
      });
    },
  };
}

export async function createServer(config: Config, gateway: Neo4jGateway, logger: Logger, monitor: DatabaseMonitor): Promise<AppServer> {
  // Objects the server owns for its lifetime; services take them through the request scope.
  const shared = [new AnalysisSettings(loadAnalysisConfig(config.analysisConfigFile)), new VersionedCache(), new AskSettings(config.ask)];
  const app = express();
  // GraphQL answers are POST responses nobody revalidates: hashing each body for an ETag is wasted work.
  app.set('etag', false);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const responseCache = config.responseCacheMb > 0 ? new ResponseCache(config.responseCacheMb * 2 ** 20) : null;
  const apollo = await startApollo(config, logger, httpServer, responseCache);
  const contextFor = (req: express.Request, res: express.Response, requestId = requestIdOf(req)): AppContext => {
    const budget = { timeoutMs: config.request.timeoutMs, concurrency: config.request.dbConcurrency };
    // 问一问 runs trusted operations as the caller, through the whole server (roles, limits, masking).
    const runner = new OperationRunner((query, variables) => execute(query, variables, res, requestId));
    return createContext(gateway, logger, requestId, [...shared, runner], budget, callerOf(res));
  };
  /** Runs an operation as the caller of `res` (exports, MCP tools, 问一问), under the same request id. */
  const execute: Execute = async (query, variables, res, requestId) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: contextFor(res.req, res, requestId) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
    return response.body.singleResult;
  };
  // Uploaded imports run as jobs in helper processes; stopping the server stops them.
  const imports = new ImportJobs(gateway, config, logger);
  mountRoutes(app, {
    config,
    logger,
    gateway,
    monitor,
    apollo,
    contextFor,
    execute,
    imports,
    verifier: await TokenVerifier.create(config.auth),
  });

  return {
    app,
    httpServer,
    apollo,
    listen: (port = config.port, host = config.host) => listenOn(httpServer, port, host),
    warmUp: () => warmUp(createContext(gateway, logger, 'warm-up', shared).scope.get(AnalysisService), logger),
    async stop() {
      await imports.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}

/** Apollo with the operation limits, error masking and the plugins; started, ready for requests. */
async function startApollo(
  config: Config,
  logger: Logger,
  httpServer: http.Server,
  responseCache: ResponseCache | null,
): Promise<ApolloServer<AppContext>> {
  const production = config.nodeEnv === 'production';
  const limits = operationLimits({
    maxCost: config.maxQueryCost,
    maxDepth: config.maxQueryDepth,
    maxAliases: config.maxAliases,
    maxTokens: config.maxTokens,
    maxDirectives: config.maxDirectives,
    blockSuggestions: production,
  });
  const apollo = new ApolloServer<AppContext>({
    schema: await getSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts stops HTTP, the driver and the database in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger, { hideSuggestions: production }),
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints here (the response cache keys by graph version): its per-field hook is work for nothing.
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      requestLogPlugin(logger),
      unavailableStatusPlugin(),
      // After the limits (they run before any answer is looked up): repeated analysis questions from memory.
      responseCachePlugin(responseCache),
    ],
  });
  await apollo.start();
  return apollo;
}

interface RouteDeps {
  config: Config;
  logger: Logger;
  gateway: Neo4jGateway;
  monitor: DatabaseMonitor;
  apollo: ApolloServer<AppContext>;
  verifier: TokenVerifier | undefined;
  contextFor: (req: express.Request, res: express.Response) => AppContext;
  execute: Execute;
  imports: ImportJobs;
}

/** The HTTP routes: health, the explorer and the map page, then GraphQL, imports and exports behind the token check. */
function mountRoutes(app: Express, { config, logger, gateway, monitor, apollo, verifier, contextFor, execute, imports }: RouteDeps): void {
  if (config.auth.anonymousRead) {
    logger.warn(
      'AUTH_ANONYMOUS_READ is on: requests without a token read everything, people included (development only; production refuses it)',
    );
  }
  // Browsers on the named front-end origins may call the API with a token; no origin is allowed by default.
  const crossOrigin: RequestHandler = cors({
    origin: config.corsOrigins,
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    maxAge: 600,
  });
  // Who is asking, then how often they may (per caller, by role).
  const auth = [authenticate(verifier, config.auth.anonymousRead, logger), rateLimit(config.rateLimits)];
  // Exports and the MCP tools run the API's own operations (roles, cost limits, validation) as the caller.
  const runOperation: RunOperation = (query, variables, res) => execute(query, variables, res);

  const graphql = expressMiddleware(apollo, { context: ({ req, res }) => Promise.resolve(contextFor(req, res)) });
  // Trusted documents (可信查询): by id instead of text, and for the roles in GRAPHQL_TRUSTED_ONLY nothing else.
  const trusted = loadTrustedDocuments();
  app.get('/trusted-documents.json', (_req, res) => {
    res.json([...trusted.values()].map(({ id, name, source, text }) => ({ id, name, source, text })));
  });
  app.use(
    '/graphql',
    crossOrigin,
    auth,
    express.json({ limit: '1mb' }),
    trustedDocuments(trusted, new Set(config.trustedOnly)),
    sourceLimits(config.maxTokens),
    graphql,
  );
  // After /graphql, which takes nearly every request: the router walks the mounts in order.
  app.use(healthRoutes(gateway, monitor));
  // The offline explorer needs introspection; it is served only when that is on.
  if (config.introspection) app.use(graphiqlRoutes());
  // The three maps (三图): static files; their data comes from /graphql with the user's token.
  app.use(mapRoutes());
  // The MCP server (assistants' tools): trusted operations only, run as the caller like /graphql.
  app.use('/mcp', crossOrigin, auth);
  app.use(
    '/mcp',
    mcpRoutes({
      mutations: config.mcp.mutations,
      corsOrigins: config.corsOrigins,
      logger,
      run: (res) => (doc, variables) => runOperation(doc.text, variables, res),
    }),
  );
  // Imports over HTTP (admins): jobs in helper processes, with the same validator and single transaction as the CLI.
  app.use('/import', crossOrigin, auth);
  app.use(importRoutes(imports, gateway, config, logger));
  // Sheets for the meeting (the same operations and roles as the API).
  app.use('/export', crossOrigin, auth);
  app.use(exportRoutes(runOperation, logger, { pdfFont: config.reportFont }));
  app.use(notFoundHandler);
  app.use(httpErrorHandler(logger));
}

function listenOn(httpServer: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const addr = httpServer.address() as AddressInfo;
      resolve(`http://${host}:${addr.port}`);
    });
  });
}

/** Computes the analysis caches and warms Neo4j's plans; a failure only means the first request does it. */
async function warmUp(analysis: AnalysisService, logger: Logger): Promise<void> {
  const started = Date.now();
  try {
    await analysis.warmUp();
    logger.info({ ms: Date.now() - started }, 'analysis caches warmed');
  } catch (e) {
    logger.warn({ err: e }, 'warming the analysis caches failed; the first request will do it');
  }
}
