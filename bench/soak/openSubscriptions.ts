import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const SUBSCRIPTIONS = [
  'subscription($n: Int!) { citationAdded(to: $n) { citing { number symbol title } verb paragraph version } }',
  'subscription { resolutionAdded(filter: { hasText: true }) { number symbol title citesCount } }',
  'subscription { mandateChanged { resolution { number } change { mission { acronym } action until } version } }',
];

export interface OpenSubscriptions {
  /** Subscriptions neither completed nor failed so far. */
  open(): number;
  /** Why the closed ones closed. */
  failures(): string[];
  close(): Promise<void>;
}

/**
 * Opens `count` WebSocket clients against our server (`graphqlUrl`: its http://…/graphql), one subscription each, in turns of the three
 * kinds; waits until every one is acknowledged (or failed).
 */
export async function openSubscriptions(graphqlUrl: string, count: number): Promise<OpenSubscriptions> {
  const url = graphqlUrl.replace(/^http/, 'ws'); // the contender's URL already ends in /graphql
  const clients: Client[] = [];
  const failures: string[] = [];
  let open = 0;
  const acked: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    let ack: () => void = () => undefined;
    acked.push(new Promise<void>((resolve) => (ack = resolve)));
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, on: { connected: () => ack(), closed: () => ack() } });
    clients.push(client);
    open += 1;
    client.subscribe(
      { query: SUBSCRIPTIONS[i % SUBSCRIPTIONS.length]!, variables: { n: 1325 + i } },
      {
        next: () => undefined,
        error: (err) => {
          open -= 1;
          failures.push(err instanceof Error ? err.message : JSON.stringify(err).slice(0, 200));
        },
        complete: () => {
          open -= 1;
        },
      },
    );
  }
  await Promise.all(acked);
  return {
    open: () => open,
    failures: () => [...failures],
    close: async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}
