import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Service } from '../../src/app';
import { startService } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { authTestConfig, tokenFor } from '../support/auth';
import { silentLogger, startDemoService } from '../support/db';
import { gql } from '../support/http';

type Data = Record<string, any>;
const STDIO_ENTRY = path.join(__dirname, '..', '..', 'dist', 'src', 'mcp', 'stdio.js');

const textOf = (r: Data): Data => JSON.parse((r.content as Array<{ text: string }>)[0].text) as Data;

/** The MCP server: tools are trusted operations, over stdio (a client of the service) and over HTTP (/mcp). */
describe('MCP server', () => {
  let svc: Service;
  let analyst: string;
  let viewer: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    svc = await startDemoService(authTestConfig(false));
    analyst = await tokenFor(Role.ANALYST);
    viewer = await tokenFor(Role.VIEWER);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await svc?.close();
  });

  const overHttp = async (token?: string, url = svc.url): Promise<Client> => {
    const client = new Client({ name: 'test', version: '1.0.0' });
    const transport = new StreamableHTTPClientTransport(new URL(`${url}/mcp`), {
      requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
    });
    await client.connect(transport);
    clients.push(client);
    return client;
  };
  const overStdio = async (env: Record<string, string>): Promise<Client> => {
    const client = new Client({ name: 'test', version: '1.0.0' });
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [STDIO_ENTRY],
      env: { PATH: process.env.PATH ?? '', MCP_SERVICE_URL: svc.url, ...env },
      stderr: 'pipe',
    });
    await client.connect(transport);
    clients.push(client);
    return client;
  };

  it('over HTTP with a token: lists the caller’s tools with Chinese descriptions and JSON-schema inputs, and calls two', async () => {
    const client = await overHttp(analyst);
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['chain_gaps', 'rank_targets', 'warm_paths', 'enterprise', 'search', 'pipeline_stats', 'ask']),
    );
    // No tool runs free text; writes are off unless the operator names them.
    expect(names.some((n) => /cypher|graphql|query|execute/i.test(n))).toBe(false);
    expect(names).not.toContain('log_follow_up');
    const gaps = tools.find((t) => t.name === 'chain_gaps')!;
    expect(gaps.description).toMatch(/断在哪/);
    expect(gaps.inputSchema).toMatchObject({
      type: 'object',
      properties: { industryCode: { type: 'string' } },
      required: ['industryCode'],
    });
    expect(gaps.annotations?.readOnlyHint).toBe(true);

    const diagnosis = textOf(await client.callTool({ name: 'chain_gaps', arguments: { industryCode: 'NE' } }));
    expect(diagnosis.data.chainGaps.industry).toEqual({ code: 'NE', name: '新能源' });
    const ranked = textOf(await client.callTool({ name: 'rank_targets', arguments: { linkCodes: ['NE-HJT'], mode: 'FILL', first: 3 } }));
    expect(ranked.data.rankTargets.edges).toHaveLength(3);
    // Results keep the ids they cite.
    expect(ranked.data.rankTargets.edges[0].node.enterprise.uscc).toMatch(/^[0-9A-Z]{18}$/);
  });

  it('over HTTP: the caller’s role decides the tools, bad input is refused, results fit the size budget', async () => {
    const client = await overHttp(viewer);
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('chain_gaps');
    expect(names).not.toContain('rank_targets');
    // A tool the viewer cannot see is not callable.
    const hidden = await client.callTool({ name: 'rank_targets', arguments: { mode: 'FILL', first: 3 } });
    expect(hidden.isError).toBe(true);
    const bad = await client.callTool({ name: 'chain_gaps', arguments: { industryCode: 'NE; MATCH (n) DETACH DELETE n' } });
    expect(bad.isError).toBe(true);
    const overview = textOf(await client.callTool({ name: 'chain_overview', arguments: {} }));
    expect(overview.data.chainGapOverview).toHaveLength(8);
    const big = textOf(await client.callTool({ name: 'chain_gaps', arguments: { industryCode: 'STONE' } }));
    expect(JSON.stringify(big.data).length).toBeLessThanOrEqual(12000);
  });

  it('over HTTP: refused without a token, with a bad one, and from a foreign browser origin', async () => {
    await expect(overHttp()).rejects.toThrow(/401|token/i);
    await expect(overHttp('not-a-token')).rejects.toThrow(/401|token/i);
    const res = await fetch(`${svc.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        authorization: `Bearer ${analyst}`,
        origin: 'https://evil.example',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(403);
    expect((await fetch(`${svc.url}/mcp`, { headers: { authorization: `Bearer ${analyst}` } })).status).toBe(405);
  });

  it('over HTTP: the ask tool answers in Chinese with the operation it ran', async () => {
    const client = await overHttp(analyst);
    const answer = textOf(await client.callTool({ name: 'ask', arguments: { question: '百日攻坚签了多少？' } }));
    expect(answer.data.ask).toMatchObject({ answered: true, operation: { name: 'ToolPipeline' } });
    expect(answer.data.ask.answer).toContain('签约 89 个');
  });

  it('writes only when the operator turns a write tool on, for the role it needs, with an audit entry', async () => {
    const writes = await startService({ ...authTestConfig(false), mcp: { mutations: ['log_follow_up'] } }, silentLogger);
    try {
      const analystTools = (await (await overHttp(analyst, writes.url)).listTools()).tools.map((t) => t.name);
      expect(analystTools).not.toContain('log_follow_up');
      const planner = await overHttp(await tokenFor(Role.PLANNER, 'planner-mcp'), writes.url);
      expect((await planner.listTools()).tools.map((t) => t.name)).toContain('log_follow_up');
      const logged = textOf(
        await planner.callTool({
          name: 'log_follow_up',
          arguments: {
            uscc: '91441900MA41F5KE5A',
            on: '2022-12-01',
            kind: 'CALL',
            notes: '经 MCP 记录的电话对接',
            requestId: 'mcp-test-0001',
          },
        }),
      );
      expect(logged.data.logFollowUp.notes).toBe('经 MCP 记录的电话对接');
      const audit = await gql<Data>(
        writes.url,
        '{ auditTrail(first: 5, filter: {operation: "logFollowUp"}) { entries { actor operation } } }',
        {},
        await tokenFor(Role.ADMIN),
      );
      expect(audit.data?.auditTrail.entries[0]).toMatchObject({ actor: 'planner-mcp', operation: 'logFollowUp' });
    } finally {
      await writes.close();
    }
  });

  it('applies the cost limit as /graphql does, to the tools and to what ask runs', async () => {
    const tight = await startService({ ...authTestConfig(false), maxQueryCost: 300 }, silentLogger);
    try {
      const client = await overHttp(analyst, tight.url);
      const costly = await client.callTool({ name: 'rank_targets', arguments: { mode: 'FILL', first: 20 } });
      expect(costly.isError).toBe(true);
      expect(textOf(costly).errors[0].message).toContain('GRAPHQL_MAX_COST');
      // ask itself is cheap, but the ranking it would run is costed again, as the caller's.
      const answer = textOf(await client.callTool({ name: 'ask', arguments: { question: '补异质结电池找谁？' } }));
      expect(answer.data.ask).toMatchObject({ answered: false, refusal: 'FAILED' });
      expect(answer.data.ask.answer).toContain('BAD_USER_INPUT');
    } finally {
      await tight.close();
    }
  });

  it('over stdio (npm run mcp): lists the tools and calls two with the token; a wrong token is refused by the service', async () => {
    const client = await overStdio({ MCP_TOKEN: analyst });
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['chain_gaps', 'search', 'ask']));
    const found = textOf(await client.callTool({ name: 'search', arguments: { text: '异质结', first: 3 } }));
    expect(found.data.search.length).toBeGreaterThan(0);
    const firm = textOf(await client.callTool({ name: 'enterprise', arguments: { uscc: '91441900MA41F5KE5A' } }));
    expect(firm.data.enterprise.name).toContain('异质结');

    const wrong = await overStdio({ MCP_TOKEN: await tokenFor(Role.ANALYST, 'x', { secret: 'another-secret-another-secret-0123456789' }) });
    const refused = await wrong.callTool({ name: 'chain_overview', arguments: {} });
    expect(refused.isError).toBe(true);
    expect(textOf(refused).errors[0].code).toBe('UNAUTHENTICATED');
  });

  it('over stdio: will not start without a token', async () => {
    await expect(overStdio({})).rejects.toThrow();
  });
});
