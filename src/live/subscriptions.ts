import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { getOperationAST, getVariableValues, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Config } from '../config/loadConfig';
import type { QueryRunner } from '../db/Database';
import { ErrorCode } from '../errors/ErrorCode';
import type { Context } from '../graphql/Context';
import { createFormatError } from '../graphql/formatError';
import { COST_CEILING, computeQueryCost } from '../graphql/limits/computeQueryCost';
import { COST_MODEL } from '../graphql/limits/costModel';
import { createQueryLimits } from '../graphql/limits/createQueryLimits';
import { LIMIT_EXTENSION } from '../graphql/limits/createStructureLimits';
import type { Logger } from '../logger';
import { createLoaders } from '../../loaders/createLoaders';
import type { DataVersionWatcher } from './dataVersion';

/** Close code for a client that fell too far behind its events (4000–4999 are the application's). */
export const CLOSE_TOO_SLOW = 4008;

export interface SubscriptionServerDeps {
  server: http.Server;
  schema: GraphQLSchema;
  db: QueryRunner;
  watcher: DataVersionWatcher;
  config: Config;
  logger: Logger;
}

export interface SubscriptionServer {
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Closes every socket (code 1001) and stops accepting new ones. */
  close(): Promise<void>;
}

const codedError = (message: string, code: string, extensions: Record<string, unknown> = {}) => new GraphQLError(message, { extensions: { ...extensions, code } });

/**
 * Parses and validates one subscribe message with the HTTP path's limits (docs/limits.md): token
 * limit, depth, aliases and directives in validation, then the argument-aware cost. Returns the
 * document or the errors to send, coded as Apollo codes them on HTTP.
 */
function checkOperation(schema: GraphQLSchema, config: Config, query: string, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined): DocumentNode | GraphQLError[] {
  const limits = createQueryLimits(config.limits, { blockFieldSuggestions: !config.introspection });
  let document: DocumentNode;
  try {
    document = parse(query, limits.parseOptions);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/more tha[nt] \d+ tokens/.test(message)) {
      return [codedError(`Token limit of ${config.limits.maxTokens} exceeded. See docs/limits.md.`, ErrorCode.QUERY_TOO_COMPLEX, { [LIMIT_EXTENSION]: 'tokens', max: config.limits.maxTokens })];
    }
    return [codedError(message, ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
  }
  const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) {
    return invalid.map((e) =>
      codedError(e.message, typeof e.extensions[LIMIT_EXTENSION] === 'string' ? ErrorCode.QUERY_TOO_COMPLEX : ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, e.extensions),
    );
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) return [codedError('The document must name one operation to run (operationName).', ErrorCode.BAD_USER_INPUT)];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return coerced.errors.map((e) => codedError(e.message, ErrorCode.BAD_USER_INPUT));
  const cost = computeQueryCost(schema, document, operation, coerced.coerced, COST_MODEL);
  if (cost > config.limits.maxCost) {
    const shown = cost >= COST_CEILING ? COST_CEILING : cost;
    return [
      codedError(`Query cost ${cost >= COST_CEILING ? `over ${COST_CEILING}` : cost} exceeds the limit of ${config.limits.maxCost}. See docs/limits.md.`, ErrorCode.QUERY_TOO_COMPLEX, {
        [LIMIT_EXTENSION]: 'cost',
        max: config.limits.maxCost,
        found: shown,
      }),
    ];
  }
  return document;
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL over WebSocket at `/graphql` (graphql-ws's `graphql-transport-ws` protocol) on the HTTP
 * server's upgrade requests. Connections are capped (`SUBSCRIPTIONS_MAX_CONNECTIONS`; past it the
 * upgrade gets 503), idle links are pinged every `SUBSCRIPTIONS_KEEPALIVE_MS` and dropped when they
 * miss a pong, and a subscriber that falls behind its events is closed with 4008 (see EventStream).
 * Every operation is checked against the same limits as on HTTP.
 */
export function attachSubscriptions(deps: SubscriptionServerDeps): SubscriptionServer {
  const { server, schema, db, watcher, config, logger } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 100 * 1024 });
  const formatError = createFormatError(config.stackTraces);
  let closing = false;

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== '/graphql') return refuseUpgrade(socket, 404, 'Not Found');
    if (closing || config.live.maxConnections === 0) return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (wss.clients.size >= config.live.maxConnections) {
      logger.warn({ max: config.live.maxConnections }, 'subscription connection refused: limit reached');
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer(
    {
      schema,
      isProd: !config.stackTraces,
      onSubscribe: (ctx, id, payload) => {
        const checked = checkOperation(schema, config, payload.query, payload.variables, payload.operationName);
        if (Array.isArray(checked)) return checked;
        const socket = ctx.extra.socket;
        const context: Context = {
          db,
          loaders: createLoaders(db),
          config,
          logger: logger.child({ subscription: id }),
          requestId: `ws:${id}`,
          live: {
            watcher,
            refreshLoaders: () => {
              context.loaders = createLoaders(db);
            },
            dropSlowClient: () => {
              logger.warn({ subscription: id }, 'subscriber too slow: closing its socket');
              socket.close(CLOSE_TOO_SLOW, 'Client too slow');
            },
          },
        };
        return { schema, document: checked, variableValues: payload.variables ?? {}, operationName: payload.operationName ?? null, contextValue: context };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON())),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON())) } : undefined),
    },
    wss,
    config.live.keepAliveMs,
  );

  return {
    get connections() {
      return wss.clients.size;
    },
    async close() {
      closing = true;
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
