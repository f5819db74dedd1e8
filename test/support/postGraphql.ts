/** POSTs a GraphQL body as JSON and returns status, headers and the parsed body. */
export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: GraphqlResponse }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: GraphqlResponse;
  try {
    json = JSON.parse(text) as GraphqlResponse;
  } catch {
    throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, json };
}

export interface GraphqlError {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphqlResponse {
  data?: unknown;
  errors?: GraphqlError[];
  extensions?: Record<string, unknown>;
}
