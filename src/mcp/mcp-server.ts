import fs from 'node:fs';
import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Role } from '../auth/roles';
import { PROJECT_ROOT } from '../config';
import type { OperationResult } from '../graphql/operation-runner';
import type { TrustedDocument } from '../graphql/trusted-documents';
import { ASSISTANT_TOOLS, AssistantTool, documentOf } from '../modules/ask/ask.tools';
import { trimToBudget } from './trim';

/** Most characters of JSON a tool's result may take in an assistant's context. */
export const RESULT_BUDGET_CHARS = 12000;

export interface McpServerOptions {
  /** The caller's roles: only the tools they can run are listed. Null when the server cannot know (stdio): all are. */
  roles: readonly Role[] | null;
  /** The write tools the operator turned on (MCP_MUTATIONS); none by default. */
  mutations: readonly string[];
  /** Runs a trusted operation as the caller (in process, or over HTTP with the caller's token). */
  run: (doc: TrustedDocument, variables: Record<string, unknown>) => Promise<OperationResult>;
}

const VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The tools a caller gets: read tools their roles allow, and the write tools the operator named. */
export function toolsFor(roles: readonly Role[] | null, mutations: readonly string[]): AssistantTool[] {
  return ASSISTANT_TOOLS.filter((t) => (!t.mutation || mutations.includes(t.name)) && (roles === null || roles.includes(t.role)));
}

async function call(tool: AssistantTool, args: Record<string, unknown>, run: McpServerOptions['run']): Promise<CallToolResult> {
  const result = await run(documentOf(tool), args);
  if (result.errors?.length || !result.data) {
    const errors = (result.errors ?? []).map((e) => ({ code: e.extensions?.code, message: e.message, messageZh: e.extensions?.messageZh }));
    return { isError: true, content: [{ type: 'text', text: JSON.stringify({ errors }) }] };
  }
  const { value, trimmed } = trimToBudget(result.data, RESULT_BUDGET_CHARS);
  const note = trimmed.length ? { trimmed, note: '结果过长，已截去部分列表项（trimmed 列出每个列表保留与原有的条数）。' } : {};
  return { content: [{ type: 'text', text: JSON.stringify({ data: value, ...note }) }] };
}

/**
 * The MCP server (模型上下文协议): each tool is one trusted operation of schema/assistant.graphql with
 * its Chinese description and JSON-schema input. No tool runs free-form Cypher or GraphQL; what a
 * tool runs goes through the service's roles, limits and audit exactly as a /graphql request does.
 */
export function buildMcpServer(options: McpServerOptions): McpServer {
  const server = new McpServer({ name: 'nanan-chain-graph', title: '南安产业链招商图谱', version: VERSION });
  for (const tool of toolsFor(options.roles, options.mutations)) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: { readOnlyHint: !tool.mutation, destructiveHint: false, idempotentHint: !tool.mutation, openWorldHint: false },
      },
      (args: Record<string, unknown>) => call(tool, args, options.run),
    );
  }
  return server;
}
