import type http from 'node:http';

/**
 * Headers every response starts with. A route that serves a page (the playground, the explorer)
 * replaces the Content-Security-Policy with the one its page needs; any response that does not,
 * including JSON and error pages, gets a policy that allows nothing to load and no framing.
 */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

export function applySecurityHeaders(res: http.ServerResponse): void {
  for (const [name, value] of Object.entries(BASELINE_SECURITY_HEADERS)) res.setHeader(name, value);
}
