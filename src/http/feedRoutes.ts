import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config/loadConfig';
import type { QueryRunner } from '../db/Database';
import { ErrorCode } from '../errors/ErrorCode';
import type { Context } from '../graphql/Context';
import type { Logger } from '../logger';
import { readCitedByFeed } from '../../loaders/live';
import { sendJson } from './createHttpServer';

/** Entries per feed, newest first. */
export const FEED_MAX_ENTRIES = 50;
/** Search hits a search feed reads (the best-ranked, then newest first). */
export const FEED_SEARCH_WINDOW = 100;

/** HTTP status of a feed whose search failed, by the error's code (anything else is a 500). */
const FEED_ERROR_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.TIMEOUT]: 503,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export interface FeedEntry {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of adoption; null when unknown. */
  date: string | null;
  link: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  selfLink: string;
  alternateLink: string;
  /** ISO 8601: the newest entry's date (the epoch for an empty feed). */
  updated: string;
  entries: FeedEntry[];
}

export interface FeedRouteDeps {
  apollo: ApolloServer<Context>;
  /** A fresh per-request context for operations the feeds run through the API. */
  context: () => Context;
  db: QueryRunner;
  config: Config;
  logger: Logger;
  /** The current data version (null while unknown): feeds' ETags derive from it. */
  version: () => number | null;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// XML 1.0 forbids most control characters even when escaped; old OCR texts hold a few.
const xml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
const atomDate = (isoDate: string | null) => (isoDate ? `${isoDate.slice(0, 10)}T00:00:00Z` : '1970-01-01T00:00:00Z');

/** An Atom 1.0 document (RFC 4287): feed id, title, updated, author and self link; each entry id, title, updated, link and summary. */
export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title type="text">${xml(e.title)}</title>`,
      `    <updated>${atomDate(e.date)}</updated>`,
      `    <published>${atomDate(e.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      `    <summary type="text">${xml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(feed.id)}</id>`,
    `  <title type="text">${xml(feed.title)}</title>`,
    `  <updated>${feed.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.alternateLink)}"/>`,
    '  <author><name>unsc-graph</name></author>',
    '  <generator>unsc-graph</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The origin links point to: the request's Host when it is a plain host[:port], else loopback. */
function origin(req: http.IncomingMessage): string {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `http://${host}` : 'http://127.0.0.1';
}

const newestFirst = (a: FeedEntry, b: FeedEntry) => (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id, 'en', { numeric: true });
const newest = (entries: FeedEntry[]) => atomDate(entries.map((e) => e.date).filter((d): d is string => d !== null).sort().pop() ?? null);

const SEARCH_FEED_QUERY = `query SearchFeed($q: String!, $first: Int!) {
  search(query: $q, first: $first) {
    edges { node { resolution { number symbol title date } snippets(limit: 1) { ref text } } }
  }
}`;

const MISSION_FEED_QUERY = `query MissionFeed($acronym: String!) {
  mission(acronym: $acronym) {
    key acronym name
    mandates { resolution { number symbol title date } action until period paragraph context }
  }
}`;

interface MissionFeedData {
  mission: {
    key: string;
    acronym: string | null;
    name: string;
    mandates: Array<{
      resolution: { number: number; symbol: string; title: string | null; date: string | null };
      action: string;
      until: string | null;
      period: string | null;
      paragraph: string;
      context: string;
    }>;
  } | null;
}

const ACTION_WORDS: Record<string, string> = { ESTABLISHES: 'establishes', EXTENDS: 'extends', MODIFIES: 'modifies', TERMINATES: 'terminates' };

interface SearchFeedData {
  search: { edges: Array<{ node: { resolution: { number: number; symbol: string; title: string | null; date: string | null }; snippets: Array<{ ref: string; text: string }> } }> };
}

/**
 * Atom feeds for feed readers: `/feeds/cited-by/{number}.atom` (the newest resolutions citing it,
 * with the citing paragraph), `/feeds/search.atom?q=…` (the newest of a search's best matches;
 * same syntax and errors as the `search` query) and `/feeds/mission/{acronym}.atom` (the newest
 * resolutions acting on a mission's mandate). At most 50 entries, newest first. Responses carry
 * an ETag from the data version and the path, and answer If-None-Match with 304.
 */
export function createFeedRoutes(deps: FeedRouteDeps): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean> {
  // Feeds are reused as long as GET query answers are (CACHE_MAX_AGE); the ETag revalidates them cheaply.
  const cacheControl = deps.config.cacheMaxAgeSeconds > 0 ? `public, max-age=${deps.config.cacheMaxAgeSeconds}` : 'no-store';
  const sendFeed = (req: http.IncomingMessage, res: http.ServerResponse, etag: string | null, build: () => Promise<Feed | null>) =>
    (async () => {
      if (etag && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'cache-control': cacheControl });
        res.end();
        return;
      }
      const feed = await build();
      if (!feed) return;
      const body = renderAtom(feed);
      res.writeHead(200, {
        'content-type': 'application/atom+xml; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': etag ? cacheControl : 'no-store',
        ...(etag ? { etag } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })();

  /** Runs one operation through the API; on errors answers with their code and returns null. */
  const run = async <T>(res: http.ServerResponse, query: string, variables: Record<string, unknown>): Promise<T | null> => {
    const result = await deps.apollo.executeOperation<T>({ query, variables }, { contextValue: deps.context() });
    const single = result.body.kind === 'single' ? result.body.singleResult : null;
    if (!single || single.errors || !single.data) {
      const error = single?.errors?.[0];
      const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
      sendJson(res, FEED_ERROR_STATUS[code] ?? 500, { error: code, message: error?.message ?? 'The feed could not be read' });
      return null;
    }
    return single.data as T;
  };

  const etagFor = (url: URL) => {
    const v = deps.version();
    if (v === null) return null;
    return `W/"v${v}-${createHash('sha256').update(url.pathname + url.search).digest('base64url').slice(0, 16)}"`;
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/feeds/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: ErrorCode.BAD_USER_INPUT, message: 'Feeds answer GET and HEAD only' });
      return true;
    }
    const base = origin(req);
    const citedBy = /^\/feeds\/cited-by\/(\d{1,6})\.atom$/.exec(url.pathname);
    if (citedBy) {
      const number = Number(citedBy[1]);
      await sendFeed(req, res, etagFor(url), async () => {
        const row = await readCitedByFeed(deps.db, number, FEED_MAX_ENTRIES);
        if (!row) {
          sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: `No resolution ${number}` });
          return null;
        }
        const entries = row.citing.map((c) => ({
          id: `urn:unsc-graph:citation:${c.number}:${number}`,
          title: `${c.symbol}${c.title ? `: ${c.title}` : ''}`,
          date: c.date,
          link: `${base}/explore/resolution/${c.number}`,
          summary: [c.paragraph && `${c.paragraph}${c.verb ? ` (${c.verb})` : ''}`, c.context].filter(Boolean).join(': ') || `${c.symbol} cites ${row.symbol}.`,
        }));
        return {
          id: `urn:unsc-graph:feed:cited-by:${number}`,
          title: `Resolutions citing ${row.symbol}${row.title ? ` (${row.title})` : ''}`,
          selfLink: `${base}${url.pathname}`,
          alternateLink: `${base}/explore/resolution/${number}`,
          updated: newest(entries),
          entries,
        };
      });
      return true;
    }
    if (url.pathname === '/feeds/search.atom') {
      const q = url.searchParams.get('q') ?? '';
      await sendFeed(req, res, etagFor(url), async () => {
        const data = await run<SearchFeedData>(res, SEARCH_FEED_QUERY, { q, first: FEED_SEARCH_WINDOW });
        if (!data) return null;
        const entries = data.search.edges
          .map(({ node }) => ({
            id: `urn:unsc-graph:resolution:${node.resolution.number}`,
            title: `${node.resolution.symbol}${node.resolution.title ? `: ${node.resolution.title}` : ''}`,
            date: node.resolution.date,
            link: `${base}/explore/resolution/${node.resolution.number}`,
            summary: node.snippets[0] ? `${node.snippets[0].ref}: ${node.snippets[0].text}` : node.resolution.symbol,
          }))
          .sort(newestFirst)
          .slice(0, FEED_MAX_ENTRIES);
        return {
          id: `urn:unsc-graph:feed:search:${encodeURIComponent(q)}`,
          title: `Resolutions matching “${q}”`,
          selfLink: `${base}/feeds/search.atom?q=${encodeURIComponent(q)}`,
          alternateLink: `${base}/explore/search?q=${encodeURIComponent(q)}`,
          updated: newest(entries),
          entries,
        };
      });
      return true;
    }
    const mission = /^\/feeds\/mission\/([A-Za-z0-9._-]{1,80})\.atom$/.exec(url.pathname);
    if (mission) {
      const acronym = decodeURIComponent(mission[1] ?? '');
      await sendFeed(req, res, etagFor(url), async () => {
        const data = await run<MissionFeedData>(res, MISSION_FEED_QUERY, { acronym });
        if (!data) return null;
        const m = data.mission;
        if (!m) {
          sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: `No mission ${acronym}` });
          return null;
        }
        const label = m.acronym ?? m.name;
        const entries = m.mandates
          .map((e) => ({
            id: `urn:unsc-graph:mandate:${m.key}:${e.resolution.number}:${e.action.toLowerCase()}`,
            title: `${e.resolution.symbol} ${ACTION_WORDS[e.action] ?? e.action.toLowerCase()} ${label}${e.until ? ` until ${e.until}` : e.period ? ` for ${e.period}` : ''}`,
            date: e.resolution.date,
            link: `${base}/explore/resolution/${e.resolution.number}`,
            summary: `${e.paragraph}: ${e.context}`,
          }))
          .sort(newestFirst)
          .slice(0, FEED_MAX_ENTRIES);
        return {
          id: `urn:unsc-graph:feed:mission:${m.key}`,
          title: `Mandate of ${label}${m.acronym ? ` (${m.name})` : ''}`,
          selfLink: `${base}${url.pathname}`,
          alternateLink: `${base}/graphql?query=${encodeURIComponent(`{ mission(acronym: "${label}") { name mandates { resolution { number } action until } } }`)}`,
          updated: newest(entries),
          entries,
        };
      });
      return true;
    }
    sendJson(res, 404, { error: ErrorCode.NOT_FOUND, message: `No feed ${url.pathname}` });
    return true;
  };
}
