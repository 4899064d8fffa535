import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text: Swedish first, then English. */
  text: string;
  /** The same as simple HTML. */
  html: string;
}

/** Where mail goes: SMTP in production, an in-memory outbox otherwise. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface OutboxEntry extends MailMessage {
  /** ISO 8601 */
  sentAt: string;
}

/**
 * Keeps the last messages in memory instead of sending them: for development, the demo (readable
 * at `/demo/mail`) and tests. Nothing leaves the process.
 */
export class MemoryOutbox implements Mailer {
  private readonly entries: OutboxEntry[] = [];

  constructor(
    private readonly limit = 50,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores the message at once (synchronously), so a caller that does not await still finds it. */
  send(message: MailMessage): Promise<void> {
    this.entries.push({ ...message, sentAt: this.now().toISOString() });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    return Promise.resolve();
  }

  /** The kept messages, newest first. */
  messages(): OutboxEntry[] {
    return [...this.entries].reverse();
  }
}

/** Sends through an SMTP server given as a URL (`smtp://user:pass@host:587`, `smtps://…`). */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(url: string, private readonly from: string) {
    this.transport = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  close(): void {
    this.transport.close();
  }
}

export function createMailer(config: { smtpUrl: string | undefined; mailFrom: string }, now?: () => Date): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new MemoryOutbox(50, now);
}

/** Longest SMTP reply text a log line keeps. */
const REPLY_LIMIT = 200;

/**
 * Text from an SMTP server with every e-mail address (anything with an `@`: `<greta@example.net>`,
 * `greta@example.net`, `"greta g"@example.net`) replaced by `[address]`, on one line, at most
 * `REPLY_LIMIT` characters. Replaced before it is cut, so no half of an address slips through.
 */
export function withoutAddresses(text: string): string {
  const clean = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/<[^<>]*@[^<>]*>/g, '[address]')
    .replace(/"[^"]*"@\S*/g, '[address]')
    .replace(/\S*@\S*/g, '[address]')
    .trim();
  return clean.length > REPLY_LIMIT ? `${clean.slice(0, REPLY_LIMIT - 1)}…` : clean;
}

/** What a log may say about a failed send: what failed and the server's reply, never an address. */
export function mailFailure(error: unknown): Record<string, string | number> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & { code?: unknown; originalCode?: unknown; command?: unknown; responseCode?: unknown; response?: unknown };
  const failure: Record<string, string | number> = { type: error.name };
  // nodemailer's kind of failure (ECONNECTION, EAUTH, EENVELOPE, …) and the system's (ECONNREFUSED).
  if (typeof e.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(e.code)) failure.code = e.code;
  if (typeof e.originalCode === 'string' && /^[A-Z0-9_]{1,40}$/.test(e.originalCode)) failure.systemCode = e.originalCode;
  if (typeof e.command === 'string') failure.command = withoutAddresses(e.command).slice(0, 40);
  if (typeof e.responseCode === 'number' && Number.isInteger(e.responseCode)) failure.responseCode = e.responseCode;
  if (typeof e.response === 'string' && e.response) failure.response = withoutAddresses(e.response);
  return failure;
}

/**
 * Send without making the caller wait or fail: a mail fault never fails the request that
 * triggered it. Logs the kind of mail and, on failure, what failed (the error type, nodemailer's
 * code, the SMTP command, the server's reply code and its text without addresses): never an
 * address or any content.
 */
export function deliver(mailer: Mailer, logger: Logger, kind: string, message: MailMessage): void {
  let sending: Promise<void>;
  try {
    sending = mailer.send(message);
  } catch (error) {
    sending = Promise.reject(error instanceof Error ? error : new Error('mail failed'));
  }
  sending.then(
    () => logger.info({ event: 'mail', kind }, 'mail sent'),
    (error: unknown) => logger.warn({ event: 'mail', kind, err: mailFailure(error) }, 'mail failed'),
  );
}

const stockholm = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'long', timeStyle: 'short' });

/** A time as people read it in a mail, in Swedish time, in both languages. */
export function formatStockholmTime(date: Date): { sv: string; en: string } {
  return { sv: `${stockholm('sv-SE').format(date)} (svensk tid)`, en: `${stockholm('en-GB').format(date)} (Swedish time)` };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** Links in (already escaped) text become anchors. */
const linkify = (escaped: string) => escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** One mail in two languages: paragraphs of Swedish, then of English. */
export function bilingual(to: string, subject: { sv: string; en: string }, sv: string[], en: string[]): MailMessage {
  const text = [...sv, '', '----', '', ...en].join('\n\n').replace(/\n{3,}/g, '\n\n');
  const block = (lang: string, paragraphs: string[]) =>
    `<div lang="${lang}">${paragraphs.map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`).join('')}</div>`;
  const html =
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(subject.sv)}</title></head><body>` +
    `${block('sv', sv)}<hr>${block('en', en)}</body></html>`;
  return { to, subject: `${subject.sv} / ${subject.en}`, text, html };
}

/** The outbox as a page: for the demo only (it shows addresses). */
export function outboxPage(entries: OutboxEntry[]): string {
  const items = entries
    .map(
      (m) => `<article>
<h2>${escapeHtml(m.subject)}</h2>
<dl><dt>Till / To</dt><dd>${escapeHtml(m.to)}</dd><dt>Skickat / Sent</dt><dd><time datetime="${m.sentAt}">${escapeHtml(m.sentAt)}</time></dd></dl>
<pre>${escapeHtml(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Utkorg (demo) – Outbox (demo)</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 50rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
article { border-top: 1px solid #767676; padding: 0.5rem 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
pre { white-space: pre-wrap; font: inherit; background: #f4f4f4; padding: 0.75rem; }
</style>
</head>
<body>
<main>
<h1>Utkorg (demo) – <span lang="en">Outbox (demo)</span></h1>
<p>E-post som demoservern skulle ha skickat, senaste först. <span lang="en">Mail the demo server would have sent, newest first.</span></p>
${entries.length ? items : '<p>Inga meddelanden än. <span lang="en">No messages yet.</span></p>'}
</main>
</body>
</html>
`;
}
