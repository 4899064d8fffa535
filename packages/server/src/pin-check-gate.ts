/**
 * Bounds the PIN work (scrypt, tens of milliseconds of a libuv thread each) that requests can put
 * in this process's queue. Each client address runs at most `perClient` at once and may have
 * `queuePerClient` more waiting (first come, first served); past that its requests are refused
 * at once. All clients together have at most `total` running or waiting. So a burst from one
 * client waits behind itself instead of stalling everybody else's logins.
 */
export class PinCheckGate {
  private readonly clients = new Map<string, { running: number; waiting: (() => void)[] }>();
  private outstanding = 0;

  constructor(private readonly limits: { perClient: number; queuePerClient: number; total: number }) {}

  /**
   * Run `work` when the client has a free place. Refused without running: `client` when the
   * client's own queue is full, `total` when the process's is.
   */
  async run<T>(client: string, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; full: 'client' | 'total' }> {
    let entry = this.clients.get(client);
    if (!entry) {
      entry = { running: 0, waiting: [] };
      this.clients.set(client, entry);
    }
    if (entry.running >= this.limits.perClient && entry.waiting.length >= this.limits.queuePerClient) return { ok: false, full: 'client' };
    if (this.outstanding >= this.limits.total) return { ok: false, full: 'total' };
    this.outstanding++;
    // A finished run hands its place straight to the next in line, so none can slip in between.
    if (entry.running < this.limits.perClient) entry.running++;
    else await new Promise<void>((resolve) => entry.waiting.push(resolve));
    try {
      return { ok: true, value: await work() };
    } finally {
      this.outstanding--;
      const next = entry.waiting.shift();
      if (next) next();
      else if (--entry.running === 0) this.clients.delete(client);
    }
  }

  /** Work running or waiting now, all clients together. */
  get size(): number {
    return this.outstanding;
  }
}
