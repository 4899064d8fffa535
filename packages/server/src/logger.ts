import { pino, type DestinationStream, type Logger } from 'pino';

/** Paths that may never reach a log, whatever a caller passes by mistake. */
const REDACT = [
  'pin', '*.pin', 'newPin', '*.newPin', 'currentPin', '*.currentPin',
  'personnummer', '*.personnummer', 'identifier', '*.identifier',
  'name', '*.name', 'email', '*.email', 'phone', '*.phone', 'address', '*.address',
  'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]',
];

/** pino's asynchronous destination (sonic-boom): its events are the part of it we wait on. */
type AsyncDestination = ReturnType<typeof pino.destination>;

/** The stdout destinations this module made, which `flushLogger` waits for. */
const stdoutOf = new WeakMap<Logger, AsyncDestination>();

/**
 * Structured JSON logs on stdout (or a given stream, for tests).
 *
 * stdout is written asynchronously (pino's destination with `sync: false`): a line is handed to a
 * write in libuv's thread pool and the event loop goes on. `minLength` stays 0, so a quiet
 * server's line is written at once; under load the lines logged while a write is under way are
 * written together by the next one, so the writes batch by themselves. `flushLogger` waits for
 * them all at shutdown.
 */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'biv-server' }, redact: { paths: REDACT, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 0 });
  const logger = pino(options, stdout);
  stdoutOf.set(logger, stdout);
  return logger;
}

/**
 * Write a line whatever the log level (the "listening" line scripts wait for, the demo's sites),
 * as pino would write it at `info`, through the logger's own destination: after the lines logged
 * before it, and never in the middle of one.
 */
export function writeLine(logger: Logger, msg: string, fields: Record<string, unknown> = {}): void {
  const stream = (logger as Logger & { [pino.symbols.streamSym]: DestinationStream })[pino.symbols.streamSym];
  stream.write(`${JSON.stringify({ level: 30, time: Date.now(), service: 'biv-server', msg, ...fields })}\n`);
}

/** How long `flushLogger` waits while stdout takes nothing at all (a reader gone or stuck). */
export const FLUSH_PATIENCE_MS = 10_000;

/**
 * Resolve once every line logged so far has been written to stdout, however slowly its reader
 * reads; give up only when nothing could be written for `FLUSH_PATIENCE_MS`. A destination a
 * caller passed is theirs to flush.
 *
 * pino's own `flush(cb)` does not wait with `minLength` 0 (sonic-boom calls back at once), and
 * its exit hook (`flushSync` on `process.exit`) skips a write still under way or retrying after
 * EAGAIN on a full pipe: those lines would be lost. Here an empty write is queued behind
 * everything else, and sonic-boom emits 'drain' once its buffer is empty and no write is under way.
 */
export function flushLogger(logger: Logger): Promise<void> {
  const stdout = stdoutOf.get(logger);
  if (!stdout) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(done, FLUSH_PATIENCE_MS); // restarted by every write that got through
    };
    const done = () => {
      clearTimeout(timer);
      stdout.off('drain', done).off('error', done).off('write', wait);
      resolve();
    };
    stdout.on('drain', done).on('error', done).on('write', wait);
    wait();
    // Once stdout's reader has gone (EPIPE), pino makes `write` a no-op returning nothing, and
    // nothing would drain: nothing is left to wait for.
    if (typeof stdout.write('') !== 'boolean') done();
  });
}
