import pino, { type Logger } from 'pino';

/**
 * JSON lines on stderr (stdout stays free for tools). Authorization headers, tokens and cookies are
 * redacted wherever they appear; request logs carry ids, names, durations and codes, never bodies.
 */
export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      base: { service: 'commitments-graph' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.password', 'authorization'],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    pino.destination(2),
  );
}

export type { Logger };
