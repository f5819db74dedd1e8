import { useEffect, useState } from 'react';
import { createClient } from 'graphql-ws';
import { Link } from '../router';

interface CitationEvent {
  citing: { number: number; symbol: string; title: string | null };
  verb: string | null;
  paragraph: string | null;
  version: number;
}

const SUBSCRIPTION = `subscription WatchCitations($to: Int!) {
  citationAdded(to: $to) { citing { number symbol title } verb paragraph version }
}`;

/**
 * "Watch": subscribes to `citationAdded(to: number)` over WebSocket on our own server and lists the
 * citations that ingests add while the page is open; offers the Atom feed for feed readers.
 */
export function WatchCitations({ number }: { number: number }) {
  const [watching, setWatching] = useState(false);
  const [status, setStatus] = useState<'idle' | 'connecting' | 'live' | 'closed'>('idle');
  const [events, setEvents] = useState<CitationEvent[]>([]);

  useEffect(() => {
    if (!watching) return undefined;
    setStatus('connecting');
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
    const client = createClient({ url, retryAttempts: 3, on: { connected: () => setStatus('live'), closed: () => setStatus('closed') } });
    const stop = client.subscribe<{ citationAdded: CitationEvent }>(
      { query: SUBSCRIPTION, variables: { to: number } },
      {
        next: (result) => {
          const event = result.data?.citationAdded;
          if (event) setEvents((prev) => [event, ...prev]);
        },
        error: () => setStatus('closed'),
        complete: () => setStatus('closed'),
      },
    );
    return () => {
      stop();
      void client.dispose();
    };
  }, [watching, number]);

  return (
    <section className="watch" aria-labelledby="watch-title" data-testid="watch">
      <h2 id="watch-title" className="visually-hidden">
        Watch for new citations
      </h2>
      <p className="actions">
        <button type="button" className="button" aria-pressed={watching} onClick={() => setWatching((w) => !w)}>
          {watching ? 'Stop watching' : 'Watch for new citations'}
        </button>
        <a className="button" href={`/feeds/cited-by/${number}.atom`} type="application/atom+xml">
          Atom feed
        </a>
      </p>
      {watching && (
        <div aria-live="polite">
          <p className="muted" data-testid="watch-status">
            {status === 'live' ? 'Watching: new citations appear here as soon as an ingest adds them.' : status === 'connecting' ? 'Connecting…' : 'Not connected.'}
          </p>
          {events.length > 0 && (
            <ul data-testid="watch-events">
              {events.map((e) => (
                <li key={`${e.version}-${e.citing.number}`}>
                  <Link to={{ name: 'resolution', number: e.citing.number }}>{e.citing.symbol}</Link> {e.verb ?? 'cites'} it
                  {e.paragraph ? ` (${e.paragraph})` : ''}
                  {e.citing.title ? ` — ${e.citing.title}` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
