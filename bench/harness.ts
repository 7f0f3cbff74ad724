import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';

/** One operation's figures: latency percentiles at one connection, throughput at 1 and 10. */
export interface Figures {
  p50: number;
  p99: number;
  rps1: number;
  rps10: number;
  samples: number;
}

export interface Plan {
  /** Sequential runs before anything is recorded (plans compiled, caches and pools warm). */
  warmup: number;
  /** How long each closed loop runs, in seconds. */
  seconds: number;
}

type Op = () => Promise<void>;

/**
 * A closed loop: `connections` workers each run the operation back to back until the time is up;
 * every latency is kept. One process drives every implementation the same way, so ratios taken
 * within one run compare like with like (absolute figures depend on the machine and its load).
 */
async function loop(op: Op, connections: number, seconds: number): Promise<{ latencies: number[]; rps: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await op();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies, rps: latencies.length / ((performance.now() - started) / 1000) };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export async function measure(op: Op, plan: Plan): Promise<Figures> {
  for (let i = 0; i < plan.warmup; i++) await op();
  // Ten at once, briefly, so the ten-connection loop does not pay for opening connections.
  await Promise.all(Array.from({ length: 10 }, op));
  const one = await loop(op, 1, plan.seconds);
  const ten = await loop(op, 10, plan.seconds);
  const sorted = [...one.latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), rps1: one.rps, rps10: ten.rps, samples: sorted.length };
}

/** A GraphQL POST; the first answer is checked for errors (a failing operation is not measured). */
export function graphqlOp(url: string, query: string, token?: string): Op & { check: () => Promise<unknown> } {
  const send = (): Promise<Response> =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const op = async (): Promise<void> => {
    const res = await send();
    await res.text();
  };
  return Object.assign(op, {
    check: async (): Promise<unknown> => {
      const body = (await (await send()).json()) as { data?: unknown; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
  });
}

/** Statements through the driver as our gateway runs them: auto-commit, each in its own READ session. */
export function cypherOp(driver: Driver, statements: Array<{ text: string; params: Record<string, unknown> }>): Op {
  return async () => {
    for (const s of statements) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(s.text, s.params);
      } finally {
        await session.close();
      }
    }
  };
}
