// The part of autocannon 9's API the benchmarks use (the package ships no type declarations).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  /** One request of a sequence; a connection sends its sequence in a loop. */
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Called just before the request is sent; returns the request to send, or null to start the sequence again. */
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null;
    /** Called with each complete answer, before the next request of the sequence is set up. */
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }
  /** One connection. */
  interface Client extends EventEmitter {
    /** Replace the connection's sequence (only without pipelining). */
    setRequests(requests: Request[]): void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    method?: string;
    headers?: Record<string, string>;
    /** Seconds before a request counts as timed out (default 10). */
    timeout?: number;
    /** A sequence of requests each connection sends in a loop, instead of one request. */
    requests?: Request[];
    /** Called with each connection as it is made. */
    setupClient?: (client: Client) => void;
  }
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    /** Seconds the run took. */
    duration: number;
  }
  /**
   * A run: awaitable for its result, and an emitter of `response` (client, status, bytes,
   * milliseconds from writing the request to the end of the answer) for every answer.
   */
  interface Instance extends EventEmitter, PromiseLike<Result> {
    on(event: 'response', listener: (client: Client, status: number, bytes: number, ms: number) => void): this;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
  export type { Client, Request, Result };
}
