import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import express, { Router } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { callerOf } from '../http/auth';
import type { McpServerOptions } from './mcp-server';
import { buildMcpServer } from './mcp-server';

/** The operation runner for one request's caller. */
type Run = (res: express.Response) => McpServerOptions['run'];

const refuse = (res: express.Response, status: number, code: ErrorCode, message: string, messageZh: string): void => {
  res.status(status).json({ jsonrpc: '2.0', error: { code: -32000, message, data: { code, messageZh } }, id: null });
};

/**
 * /mcp: the MCP server over Streamable HTTP, stateless (a server per request, JSON answers). Behind the
 * same token check and rate limit as /graphql; a request must carry a token (even where development
 * lets /graphql read without one), and a browser may call it only from an origin in CORS_ORIGINS.
 */
export function mcpRoutes(opts: { run: Run; mutations: readonly string[]; corsOrigins: readonly string[]; logger: Logger }): Router {
  const router = Router();
  router.use((req, res, next) => {
    const origin = req.headers.origin;
    // A web page elsewhere must not drive a local assistant's tools (DNS rebinding, cross-site posts).
    if (origin !== undefined && !opts.corsOrigins.includes(origin))
      return refuse(
        res,
        403,
        ErrorCode.FORBIDDEN,
        `Origin ${origin.slice(0, 100)} may not call /mcp.`,
        '该来源不得调用 /mcp（见 CORS_ORIGINS）。',
      );
    if (callerOf(res).anonymous) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return refuse(
        res,
        401,
        ErrorCode.UNAUTHENTICATED,
        'A token is required (Authorization: Bearer …).',
        '需要令牌（Authorization: Bearer …）。',
      );
    }
    next();
  });
  router.post('/', express.json({ limit: '256kb' }), async (req, res, next) => {
    try {
      const server = buildMcpServer({ roles: callerOf(res).roles, mutations: opts.mutations, run: opts.run(res) });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (e) {
      opts.logger.error({ err: e }, 'mcp request failed');
      next(e);
    }
  });
  // Stateless: no session to stream to or end.
  router.all('/', (_req, res) => {
    res.setHeader('Allow', 'POST');
    refuse(res, 405, ErrorCode.BAD_REQUEST, 'Use POST: this MCP server keeps no sessions.', '请用 POST：本 MCP 服务不保持会话。');
  });
  return router;
}
