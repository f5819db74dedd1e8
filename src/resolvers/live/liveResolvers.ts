import { badInput } from '../../errors/AppError';
import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../graphql/Context';
import type { DataChange, LiveSubscriber } from '../../live/dataVersion';
import { EventStream } from '../../live/eventStream';
import { readAddedMatching, readCitationEdge, readDataVersion } from '../../../loaders/live';
import type { ResolutionModel } from '../../../loaders/resolutionRow';
import { toFilterParams } from '../resolution/toFilterParams';
import { withTopicFallback } from '../resolution/topicFilterKeys';
import type { CitationAddedModel, MandateChangedModel } from './LiveEventModels';

/** Events one subscriber may fall behind before it is dropped as too slow. */
export const MAX_QUEUED_EVENTS = 256;

function requireLive(ctx: Context): LiveSubscriber {
  if (!ctx.live) throw badInput('Subscriptions are served over WebSocket at /graphql (graphql-transport-ws protocol), not over HTTP.');
  return ctx.live;
}

/**
 * One subscription's stream: each data change is turned into events by `toEvents`, in the order the
 * changes happened (one change at a time), with fresh loaders for each change.
 */
function subscribe<T>(ctx: Context, toEvents: (change: DataChange) => Promise<T[]>): EventStream<T> {
  const live = requireLive(ctx);
  let chain = Promise.resolve();
  const stream: EventStream<T> = new EventStream<T>(MAX_QUEUED_EVENTS, (reason) => {
    off();
    if (reason === 'overflow') live.dropSlowClient();
  });
  const off = live.watcher.onChange((change) => {
    chain = chain.then(async () => {
      if (stream.ended) return;
      live.refreshLoaders();
      try {
        for (const event of await toEvents(change)) if (!stream.push(event)) return;
      } catch (err) {
        ctx.logger.warn({ err: String(err), version: change.version }, 'subscription event dropped');
      }
    });
  });
  return stream;
}

const loaded = (rows: Array<ResolutionModel | null>): ResolutionModel[] => rows.filter((r): r is ResolutionModel => r !== null);

export const liveResolvers: Resolvers = {
  Query: {
    dataVersion: async (_p, _a, { db }) => {
      const row = await readDataVersion(db);
      if (!row) return { version: 0, finishedAt: null, resolutionsAdded: null, resolutionsUpdated: null, citationsAdded: null };
      return { version: row.version, finishedAt: row.finishedAt, resolutionsAdded: row.resolutionsAdded, resolutionsUpdated: row.resolutionsUpdated, citationsAdded: row.citationsAdded };
    },
  },
  Subscription: {
    resolutionAdded: {
      subscribe: (_p, { filter }, ctx) => {
        const params = filter ? toFilterParams(filter) : null;
        return subscribe(ctx, async (change) => {
          if (change.resolutionsAdded.length === 0) return [];
          // The fallback is decided at each change: the ingest that added resolutions may have added the topic.
          const resolved = params && (await withTopicFallback(ctx.db, params));
          const numbers = resolved ? await readAddedMatching(ctx.db, change.resolutionsAdded, resolved as unknown as Record<string, unknown>) : change.resolutionsAdded;
          return loaded(await ctx.loaders.resolution.loadMany(numbers).then((rows) => rows.map((r) => (r instanceof Error ? null : r))));
        });
      },
      // Over HTTP, graphql-js executes a subscription as a query: `resolve` runs with no event.
      resolve: (payload: ResolutionModel, _a: unknown, ctx: Context) => (requireLive(ctx), payload),
    },
    citationAdded: {
      subscribe: (_p, { to }, ctx) => {
        if (!Number.isInteger(to) || to < 1) throw badInput(`to must be a resolution number (1 or more); got ${to}.`, { argument: 'to' });
        return subscribe(ctx, async (change) => {
          const events: CitationAddedModel[] = [];
          for (const [from, target] of change.citationsAdded) {
            if (target !== to) continue;
            const [citing, cited, edge] = await Promise.all([ctx.loaders.resolution.load(from), ctx.loaders.resolution.load(to), readCitationEdge(ctx.db, from, to)]);
            if (!citing || !cited || !edge) continue;
            events.push({ citing, cited, ...edge, version: change.version });
          }
          return events;
        });
      },
      resolve: (payload: CitationAddedModel, _a: unknown, ctx: Context) => (requireLive(ctx), payload),
    },
    mandateChanged: {
      subscribe: (_p, { mission }, ctx) => {
        const wanted = mission === null || mission === undefined ? null : mission.trim().toLowerCase();
        if (wanted === '') throw badInput('mission must be an acronym or key such as "UNMISS", or absent for every mission.', { argument: 'mission' });
        return subscribe(ctx, async (change) => {
          // A rewritten text can add an action too: updated resolutions count as well as new ones.
          const numbers = [...change.resolutionsAdded, ...change.resolutionsUpdated];
          if (numbers.length === 0) return [];
          const [actions, resolutions] = await Promise.all([ctx.loaders.missionsByResolution.loadMany(numbers), ctx.loaders.resolution.loadMany(numbers)]);
          const events: MandateChangedModel[] = [];
          numbers.forEach((_, i) => {
            const resolution = resolutions[i];
            const rows = actions[i];
            if (!resolution || resolution instanceof Error || !rows || rows instanceof Error) return;
            for (const row of rows) {
              if (wanted === null || row.key.toLowerCase() === wanted || row.acronym?.toLowerCase() === wanted) events.push({ resolution, change: row, version: change.version });
            }
          });
          return events;
        });
      },
      resolve: (payload: MandateChangedModel, _a: unknown, ctx: Context) => (requireLive(ctx), payload),
    },
  },
};
