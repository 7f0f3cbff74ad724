/**
 * What every view of the map page shares: the API call with the token, escaping, the page's state and
 * the number formats. Each view has its own file (cockpit, chain, assess, targets, parks, firm);
 * app.ts wires the buttons and switches the views. docs/map.md.
 */
import type { Core } from 'cytoscape';

export type PageOperation = keyof typeof __OPERATIONS__;

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// ------------------------------------------------------------------ the API
export const TOKEN_KEY = 'nanan-map-token';
export function token(): string {
  return ($<HTMLInputElement>('token').value || localStorage.getItem(TOKEN_KEY) || '').trim();
}
export function headers(): Record<string, string> {
  const t = token();
  return t ? { authorization: `Bearer ${t}` } : {};
}
/**
 * Runs one of the page's own operations (web/map/operations.graphql) by its trusted-document id: the
 * page never sends GraphQL text, so it works where the service takes trusted documents only.
 */
export async function api(operation: PageOperation, variables: Json = {}): Promise<Json> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers() },
    body: JSON.stringify({ documentId: __OPERATIONS__[operation], operationName: operation, variables }),
  });
  const body = (await res.json()) as { data?: Json; errors?: Array<{ message: string; extensions?: { messageZh?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.extensions?.messageZh ?? e.message).join('；'));
  return body.data ?? {};
}
export function fail(where: HTMLElement, e: unknown): void {
  where.innerHTML = `<p class="error">出错了：${esc(e instanceof Error ? e.message : e)}</p>`;
}

// ------------------------------------------------------------------ state
export type View = 'cockpit' | 'chain' | 'target' | 'park';
export const VIEWS: View[] = ['cockpit', 'chain', 'target', 'park'];
export const state = {
  view: 'cockpit' as View,
  industry: 'NE',
  mode: 'FILL',
  picked: new Set<string>(),
  year: '2022',
  cy: null as Core | null,
  canRank: true,
  chainName: '',
  latestSigned: '',
  cockpit: null as Json | null,
  names: new Map<string, string>(),
  ranking: [] as Json[],
  targetDots: [] as Json[],
  chamberAt: new Map<string, [number, number]>(),
  parkDots: [] as Json[],
};
export const STATUS_COLOR: Record<string, string> = {
  MISSING: '#d62728',
  BROKEN: '#ff7f0e',
  WEAK: '#e6b800',
  FILLING: '#1f77b4',
  ADEQUATE: '#98c97f',
  STRONG: '#2ca02c',
  ABSENT: '#b0b7bf',
};

export const ROLE_NOTE = '当前令牌可查看产业链诊断；推荐企业、落地模拟和项目预评估需要「分析」及以上角色的令牌。';
export const pct = (x: unknown): string => (typeof x === 'number' ? `${Math.round(x * 1000) / 10}%` : '—');
export const percent = (x: unknown): string => (typeof x === 'number' ? `${Math.round(x * 10) / 10}%` : '—');
export const num = (x: unknown, digits = 1): string => (typeof x === 'number' ? String(Math.round(x * 10 ** digits) / 10 ** digits) : '—');

/** A firm's name as a button to its 企业画像, wherever a list names an investor. */
export const investorButton = (e: Json | null | undefined): string =>
  e ? ` · <button class="link-button" data-firm="${esc(e.uscc)}">${esc(e.name)}</button>` : '';

export const coords = (c: Json | null | undefined): [number, number] | null =>
  c && typeof c.longitude === 'number' && typeof c.latitude === 'number' ? [c.longitude as number, c.latitude as number] : null;
