import pino from 'pino';

export type Logger = pino.Logger;

/** JSON lines on stdout; `LOG_LEVEL=silent` in tests. Secrets are redacted wherever they appear. */
export function createLogger(level: string, name = 'unsc-graph'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['password', '*.password', 'neo4j.password', 'config.neo4j.password'], censor: '[redacted]' },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
