import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Service } from '../../src/app';
import { startService } from '../../src/app';
import { Role } from '../../src/auth/roles';
import { authTestConfig, tokenFor } from '../support/auth';
import { silentLogger, startDemoService, testGateway } from '../support/db';
import { fingerprint } from '../support/fingerprint';
import { gql } from '../support/http';

type Data = Record<string, any>;

interface EvalItem {
  id: number;
  category: string;
  style: string;
  question: string;
  expect: { operation?: string; variables?: Record<string, unknown>; refused?: boolean };
  facts: string[];
}

const EVAL_SET: EvalItem[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'ask', 'eval-set.json'), 'utf8'));
const DOC = path.join(__dirname, '..', '..', 'docs', 'ask.md');
const ASK = `query Ask($q: String!) { ask(question: $q) {
  question answered answer refusal intent via followUps
  operation { tool name documentId document variables }
  citations { kind id name }
} }`;
const GRAMMAR_REFUSALS = ['WRITE', 'RAW_QUERY', 'INJECTION', 'PERSONAL', 'OUT_OF_SCOPE'];

/** Why an answer misses what the set expects; undefined when it is right. */
function miss(item: EvalItem, a: Data): string | undefined {
  if (item.expect.refused) {
    if (a.answered || a.operation) return `answered (${a.operation?.name})`;
    return GRAMMAR_REFUSALS.includes(a.refusal) ? undefined : `refused as ${a.refusal}`;
  }
  if (!a.answered) return `not answered: ${a.refusal} ${a.answer.split('\n')[0]}`;
  if (a.operation.name !== item.expect.operation) return `ran ${a.operation.name}, expected ${item.expect.operation}`;
  for (const [k, v] of Object.entries(item.expect.variables ?? {})) {
    if (v !== undefined && JSON.stringify(a.operation.variables[k]) !== JSON.stringify(v))
      return `${k} = ${JSON.stringify(a.operation.variables[k])}, expected ${JSON.stringify(v)}`;
  }
  const missing = item.facts.filter((f) => !a.answer.includes(f));
  return missing.length ? `answer lacks ${missing.join(', ')}` : undefined;
}

/** 问一问 on the demo data: the evaluation set, roles, refusals, and a model behind ASK_MODEL_URL. */
describe('ask (问一问)', () => {
  let svc: Service;
  let analyst: string;
  let viewer: string;
  beforeAll(async () => {
    svc = await startDemoService(authTestConfig(false));
    analyst = await tokenFor(Role.ANALYST);
    viewer = await tokenFor(Role.VIEWER);
  });
  afterAll(() => svc?.close());

  const ask = async (q: string, token: string | undefined = analyst, url = svc.url): Promise<{ data?: Data; errors?: Data[] }> =>
    gql<Data>(url, ASK, { q }, token);

  it('answers the evaluation set offline: ≥ 85% right, every refusal refused, the graph unchanged', async () => {
    expect(EVAL_SET.length).toBeGreaterThanOrEqual(150);
    expect(EVAL_SET.filter((i) => i.expect.refused).length).toBeGreaterThanOrEqual(20);
    const gw = testGateway();
    const before = await fingerprint(gw);
    const byCategory = new Map<string, { n: number; right: number }>();
    const wrong: string[] = [];
    for (const item of EVAL_SET) {
      const res = await ask(item.question);
      expect(res.errors).toBeUndefined();
      const a = res.data!.ask;
      const why = miss(item, a);
      const c = byCategory.get(item.category) ?? { n: 0, right: 0 };
      c.n++;
      if (why === undefined) c.right++;
      else wrong.push(`#${item.id} ${item.question} → ${why}`);
      byCategory.set(item.category, c);
      // Every node an answer cites is in the graph, under the key it gives.
      for (const cite of a.citations.filter((x: Data) => x.kind === 'ENTERPRISE').slice(0, 2)) {
        const e = await gql<Data>(svc.url, 'query($u: String!) { enterprise(uscc: $u) { name } }', { u: cite.id }, analyst);
        expect(e.data?.enterprise?.name).toBe(cite.name);
      }
    }
    const after = await fingerprint(gw);
    await gw.close();
    expect(after).toEqual(before);

    const rows = [...byCategory.entries()].map(([k, c]) => `| ${k} | ${c.n} | ${c.right} | ${((100 * c.right) / c.n).toFixed(1)}% |`);
    const total = EVAL_SET.length;
    const right = total - wrong.length;
    const table = [
      '| 类别 | 问题数 | 答对 | 准确率 |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      `| **合计** | ${total} | ${right} | ${((100 * right) / total).toFixed(1)}% |`,
    ].join('\n');
    const misses = wrong.length ? wrong.map((w) => `- ${w}`).join('\n') : '- （无）';
    const section = `<!-- eval:start -->\n${table}\n\n答错的问题：\n\n${misses}\n<!-- eval:end -->`;
    const doc = fs.readFileSync(DOC, 'utf8');
    const updated = doc.replace(/<!-- eval:start -->[\s\S]*<!-- eval:end -->/, section);
    // The table in docs/ask.md is this run's: ASK_EVAL_WRITE=1 rewrites it, otherwise it must match.
    if (process.env.ASK_EVAL_WRITE === '1') fs.writeFileSync(DOC, updated);
    else expect(updated).toBe(doc);

    const refusals = EVAL_SET.filter((i) => i.expect.refused);
    expect(wrong.filter((w) => refusals.some((r) => w.startsWith(`#${r.id} `)))).toEqual([]);
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });

  it('answers with the figures, the nodes cited and the trusted operation it ran', async () => {
    const a = (await ask('新能源链断在哪？')).data!.ask;
    expect(a).toMatchObject({ answered: true, via: 'OFFLINE', intent: 'gaps', refusal: null });
    expect(a.answer).toContain('异质结电池');
    expect(a.citations).toEqual(expect.arrayContaining([{ kind: 'INDUSTRY', id: 'NE', name: '新能源' }]));
    expect(a.citations.some((c: Data) => c.kind === 'LINK' && c.id === 'NE-HJT')).toBe(true);
    expect(a.followUps.length).toBeGreaterThan(0);
    // The operation is a trusted document: the same id the manifest lists, runnable on its own.
    const manifest = (await (await fetch(`${svc.url}/trusted-documents.json`)).json()) as Data[];
    const listed = manifest.find((d) => d.id === a.operation.documentId);
    expect(listed).toMatchObject({ name: 'ToolChainGaps', source: 'schema/assistant.graphql', text: a.operation.document });
    const direct = await fetch(`${svc.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body: JSON.stringify({ documentId: a.operation.documentId, variables: a.operation.variables }),
    });
    const body = (await direct.json()) as Data;
    expect(body.data.chainGaps.industry.code).toBe('NE');
  });

  it('runs as the caller: a viewer is told the role a ranking needs; no token and an expert are refused', async () => {
    const v = (await ask('补异质结电池找谁？', viewer)).data!.ask;
    expect(v).toMatchObject({ answered: false, refusal: 'NEEDS_ROLE' });
    expect(v.operation.name).toBe('ToolRankTargets');
    expect(v.answer).toContain('分析');
    // What a viewer may read, it is answered.
    expect((await ask('新能源链断在哪？', viewer)).data!.ask.answered).toBe(true);
    const none = await ask('新能源链断在哪？', '');
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const expert = await ask('新能源链断在哪？', await tokenFor(Role.EXPERT, 'EX-01'));
    expect(expert.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an empty or overlong question with the field named', async () => {
    for (const q of ['', '   ', '问'.repeat(301)]) {
      const res = await ask(q);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0].extensions?.fields)).toContain('question');
    }
  });

  it('says a name is ambiguous instead of guessing, and names what it can answer when it cannot', async () => {
    const a = (await ask('量子引力的最新进展')).data!.ask;
    expect(a).toMatchObject({ answered: false, refusal: 'OUT_OF_SCOPE', operation: null });
    expect(a.followUps).toContain('新能源链断在哪？');
  });

  describe('with a model behind ASK_MODEL_URL', () => {
    let model: http.Server;
    let modelSvc: Service;
    const seen: string[] = [];
    let reply: (question: string) => { status: number; body: unknown };
    beforeAll(async () => {
      model = http.createServer((req, res) => {
        let raw = '';
        req.on('data', (c) => (raw += c));
        req.on('end', () => {
          const body = JSON.parse(raw) as { messages: Array<{ content: string }> };
          const question = body.messages[1].content.split('\n')[0];
          seen.push(question);
          const r = reply(question);
          res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(r.body));
        });
      });
      await new Promise<void>((r) => model.listen(0, '127.0.0.1', () => r()));
      const url = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1/chat/completions`;
      modelSvc = await startService(
        { ...authTestConfig(false), ask: { modelUrl: url, modelName: 'fake', apiKey: undefined, timeoutMs: 10000 } },
        silentLogger,
      );
    });
    afterAll(async () => {
      await modelSvc?.close();
      await new Promise<void>((r) => model.close(() => r()));
    });
    const choose = (tool: string, variables: unknown) => () => ({
      status: 200,
      body: { choices: [{ message: { content: JSON.stringify({ tool, variables }) } }] },
    });

    it('runs the operation the model chose, validated, and composes the answer itself', async () => {
      reply = choose('chain_gaps', { industryCode: 'STONE' });
      const a = (await ask('石材这条链的情况给我讲讲', analyst, modelSvc.url)).data!.ask;
      expect(a).toMatchObject({ answered: true, via: 'MODEL' });
      expect(a.operation).toMatchObject({ name: 'ToolChainGaps', variables: { industryCode: 'STONE' } });
      expect(a.answer).toContain('石材产业链');
    });

    it('refuses an operation outside the list, a write, and invalid variables; nothing runs', async () => {
      const gw = testGateway();
      const before = await fingerprint(gw);
      for (const bad of [
        choose('run_cypher', { cypher: 'MATCH (n) DETACH DELETE n' }),
        choose('log_follow_up', { uscc: '91441900MA41F5KE5A', on: '2022-12-01', kind: 'CALL', notes: 'x' }),
        choose('warm_paths', { uscc: 'not-a-uscc' }),
        choose('chain_gaps', { industryCode: 'NE', extra: '} mutation { x }' }),
      ]) {
        reply = bad;
        const a = (await ask('帮我看看这家企业', analyst, modelSvc.url)).data!.ask;
        expect(a).toMatchObject({ answered: false, refusal: 'MODEL_INVALID', operation: null, via: 'MODEL' });
      }
      expect(await fingerprint(gw)).toEqual(before);
      await gw.close();
    });

    it('never asks the model what the rules refuse, and falls back to the grammar when the model fails', async () => {
      seen.length = 0;
      reply = choose('chain_overview', {});
      const refused = (await ask('删除所有企业', analyst, modelSvc.url)).data!.ask;
      expect(refused).toMatchObject({ answered: false, refusal: 'WRITE', via: 'OFFLINE' });
      expect(seen).toEqual([]);
      reply = () => ({ status: 500, body: { error: 'down' } });
      const fallback = (await ask('新能源链断在哪？', analyst, modelSvc.url)).data!.ask;
      expect(fallback).toMatchObject({ answered: true, via: 'OFFLINE', intent: 'gaps' });
      // The model sees the question as normalised (NFKC: full-width punctuation made plain).
      expect(seen).toEqual(['新能源链断在哪?']);
    });
  });
});
