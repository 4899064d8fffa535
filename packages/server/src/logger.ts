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
/** Destinations that will flush again once their write under way is done (`writeLine`). */
const flushOnDrain = new WeakSet<AsyncDestination>();

/** Bytes of log lines gathered before they are written out (or a second, whichever comes first). */
export const LOG_BUFFER_BYTES = 4096;
/** The longest a logged line waits in that buffer. */
export const LOG_FLUSH_MS = 1000;

/**
 * Structured JSON logs on stdout (or a given stream, for tests).
 *
 * stdout is written asynchronously (pino's destination with `sync: false`): the event loop never
 * waits for a write. Lines are gathered until there are `LOG_BUFFER_BYTES` of them or
 * `LOG_FLUSH_MS` have passed, and then written together: one write of a line per request cost
 * more than a cached request's own work (a CPU profile under load, bench/README.md). So a quiet
 * server's line shows within a second; `writeLine`'s lines at once; `flushLogger` writes out
 * everything at shutdown.
 */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'biv-server' }, redact: { paths: REDACT, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  const stdout = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES, periodicFlush: LOG_FLUSH_MS });
  const logger = pino(options, stdout);
  stdoutOf.set(logger, stdout);
  return logger;
}

/**
 * Write a line whatever the log level (the "listening" line scripts wait for, the demo's sites),
 * as pino would write it at `info`, through the logger's own destination: after the lines logged
 * before it, and never in the middle of one. Written out at once, not after the buffer's second.
 */
export function writeLine(logger: Logger, msg: string, fields: Record<string, unknown> = {}): void {
  const stream = (logger as Logger & { [pino.symbols.streamSym]: DestinationStream })[pino.symbols.streamSym];
  stream.write(`${JSON.stringify({ level: 30, time: Date.now(), service: 'biv-server', msg, ...fields })}\n`);
  const stdout = stdoutOf.get(logger);
  if (!stdout) return;
  // flush() starts a write unless one is under way; then the next one, once that is done ('drain'):
  // one such wait at a time, however many lines are written meanwhile (the demo's sites).
  if (!flushOnDrain.has(stdout)) {
    flushOnDrain.add(stdout);
    stdout.once('drain', () => {
      flushOnDrain.delete(stdout);
      stdout.flush();
    });
  }
  stdout.flush();
}

/** How long `flushLogger` waits while stdout takes nothing at all (a reader gone or stuck). */
export const FLUSH_PATIENCE_MS = 10_000;

/**
 * Resolve once every line logged so far has been written to stdout, however slowly its reader
 * reads; give up only when nothing could be written for `FLUSH_PATIENCE_MS`. A destination a
 * caller passed is theirs to flush.
 *
 * pino's own `flush(cb)` may call back with lines still in the buffer (fewer than `minLength`
 * bytes), and its exit hook (`flushSync` on `process.exit`) skips a write still under way or retrying after
 * EAGAIN on a full pipe: those lines would be lost. Here an empty write is queued behind
 * everything else, and sonic-boom emits 'drain' once its buffer is empty and no write is under way.
 */
export function flushLogger(logger: Logger): Promise<void> {
  const stdout = stdoutOf.get(logger);
  if (!stdout) return Promise.resolve();
  // From now on every line is written out at once, and a write goes on until nothing is left.
  // (`minLength` is sonic-boom's own field for the option of that name.) Without it, the last
  // lines would wait for the periodic flush and then for pino's exit hook.
  (stdout as AsyncDestination & { minLength: number }).minLength = 0;
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
