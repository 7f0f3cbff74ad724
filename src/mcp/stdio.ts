import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ConfigError, loadMcpClientConfig } from '../config';
import type { OperationResult } from '../graphql/operation-runner';
import { buildMcpServer } from './mcp-server';

/**
 * `npm run mcp`: the MCP server on stdio, for a desktop assistant. A thin client of the running
 * service: each tool sends its trusted operation's documentId to MCP_SERVICE_URL/graphql with the
 * caller's MCP_TOKEN, so the service applies that caller's roles, limits and audit. stdout is the
 * protocol; everything else goes to stderr.
 */
async function main(): Promise<void> {
  const config = loadMcpClientConfig();
  if (!config.token) {
    process.stderr.write(
      'MCP_TOKEN is not set: the MCP server calls the service as the token’s holder (npm run token -- --sub <who> --role viewer). 未设置 MCP_TOKEN。\n',
    );
    process.exit(2);
  }
  const server = buildMcpServer({
    roles: null,
    mutations: config.mutations,
    run: async (doc, variables) => {
      const res = await fetch(`${config.serviceUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
        body: JSON.stringify({ documentId: doc.id, variables }),
      });
      return (await res.json()) as OperationResult;
    },
  });
  await server.connect(new StdioServerTransport());
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError ? e.message : String((e as Error)?.stack ?? e)}\n`);
  process.exit(1);
});
