import http from 'node:http';

export interface SlowBodyRequest {
  /** Sends the rest of the body. */
  finish(): void;
  /** The response, once complete. */
  answer: Promise<{ status: number; text: string }>;
}

/**
 * A JSON POST to `url` that sends only the start of its body now: the server holds it as a request in
 * flight (headers read, body pending) until `finish()`, so a test can start a shutdown in between.
 */
export function slowBodyRequest(url: string, json: unknown): SlowBodyRequest {
  const body = JSON.stringify(json);
  const target = new URL(url);
  let req!: http.ClientRequest;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { finish: () => req.end(body.slice(10)), answer };
}
