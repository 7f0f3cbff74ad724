/** Minimal GraphQL-over-HTTP client for tests: a real POST to the running server. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; data?: T; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: never };
  return { status: res.status, data: body.data ?? undefined, errors: body.errors };
}

/** A connection page as the tests read it. */
export interface Page<T> {
  totalCount?: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The data of a query that must succeed (no errors), against the service at `url()`. */
export function dataFrom(url: () => string): <T>(query: string, variables?: Record<string, unknown>) => Promise<T> {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql<T>(url(), query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
}
