import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * One logger per service. Credentials never reach the log: the paths below
 * cover request headers and the bodies and gRPC requests that carry them.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.masterkey',
        'req.headers.cookie',
        '*.password',
        '*.accessToken',
        '*.refreshToken',
        '*.access_token',
        '*.refresh_token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}
