import { pino, type DestinationStream, type Logger } from 'pino';

/** Paths that may never reach a log, whatever a caller passes by mistake. */
const REDACT = [
  'pin', '*.pin', 'newPin', '*.newPin', 'currentPin', '*.currentPin',
  'personnummer', '*.personnummer', 'identifier', '*.identifier',
  'name', '*.name', 'email', '*.email', 'phone', '*.phone', 'address', '*.address',
  'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
];

/** Structured JSON logs on stdout (or a given stream, for tests). */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'biv-server' }, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
