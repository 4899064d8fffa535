// Mail through a real SMTP server on loopback: nodemailer (SmtpMailer) talks SMTP to `smtp-server`,
// and what arrives is read back with mailparser. SQLite only: the database plays no part here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { Config } from './config.js';
import { mailFailure, withoutAddresses } from './mail.js';
import { Harness, application } from './test-harness.js';

const ALVA = { card: '1000000001', email: 'alva.andersson@example.org' };
const RESET_PAGE = 'https://www.kungalv.se/glomt-pin';
const MAIL_FROM = 'Bibliotek i Väst <noreply@biv.example.org>';

interface Received {
  mail: ParsedMail;
  envelope: { from: string | false; to: string[] };
  /** Whether the connection was upgraded to TLS before the message. */
  secure: boolean;
}

/** A real SMTP server on a free loopback port that keeps every message it receives, parsed. */
function mailServer(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          const from = session.envelope.mailFrom;
          received.push({ mail, envelope: { from: from && from.address, to: session.envelope.rcptTo.map((r) => r.address) }, secure: session.secure });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  return {
    received,
    /** Listen; resolves with the port. */
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(what: string, probe: () => T | undefined, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const addresses = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value);

/**
 * A server (in the suite's before/after) that sends its mail through `smtp`, with `query` on the
 * SMTP URL (nodemailer options) and more configuration if given.
 */
function mailingThrough(smtp: ReturnType<typeof mailServer>, query: string, config: Partial<Config> = {}): Harness {
  const h = new Harness();
  before(async () => {
    const port = await smtp.listen();
    await h.start({ smtpUrl: `smtp://127.0.0.1:${port}${query}`, pinResetUrl: RESET_PAGE, ...config });
  });
  after(async () => {
    await h.stop();
    await smtp.close();
  });
  return h;
}

describe('mail through a real SMTP server on loopback', () => {
  const smtp = mailServer({ disabledCommands: ['STARTTLS'] });
  const h = mailingThrough(smtp, '?ignoreTLS=true', { mailFrom: MAIL_FROM });

  it('delivers the PIN reset link to Alva, From the configured sender, with the link in the text and the HTML', async () => {
    const response = await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } });
    assert.equal(response.status, 202);
    const { mail, envelope } = await until('the reset mail', () => smtp.received.find((r) => /Choose a new PIN/.test(r.mail.subject ?? '')));

    assert.equal(h.services.config.mailFrom, MAIL_FROM);
    assert.deepEqual(addresses(mail.from), [{ address: 'noreply@biv.example.org', name: 'Bibliotek i Väst' }]);
    assert.deepEqual(addresses(mail.to).map((a) => a.address), [ALVA.email]);
    assert.deepEqual(envelope, { from: 'noreply@biv.example.org', to: [ALVA.email] });
    assert.equal(mail.subject, 'Välj en ny PIN-kod / Choose a new PIN');

    const text = mail.text ?? '';
    const html = typeof mail.html === 'string' ? mail.html : '';
    const link = new RegExp(`${RESET_PAGE.replace(/[.]/g, '\\.')}#token=[A-Za-z0-9_-]{43}`).exec(text)?.[0];
    assert.ok(link, text);
    assert.ok(text.indexOf('Öppna länken') < text.indexOf('Open the link'), 'Swedish first, non-ASCII intact');
    assert.ok(html.includes(`<a href="${link}">${link}</a>`), html);
    assert.match(html, /<html lang="sv">/);
  });

  it("delivers registration's welcome mail", async () => {
    const response = await h.request('POST', '/registrations', {
      body: application({ phone: '' }),
    });
    assert.equal(response.status, 201);
    const { borrowerId } = (await response.json()) as { borrowerId: string };
    const { mail, envelope } = await until('the welcome mail', () => smtp.received.find((r) => /^Välkommen/.test(r.mail.subject ?? '')));
    assert.deepEqual(envelope, { from: 'noreply@biv.example.org', to: ['greta.gustafsson@example.net'] });
    assert.deepEqual(addresses(mail.from), [{ address: 'noreply@biv.example.org', name: 'Bibliotek i Väst' }]);
    assert.match(mail.subject ?? '', /^Välkommen till Bibliotek i Väst \/ Welcome/);
    assert.ok(mail.text?.includes(borrowerId));
    assert.ok(typeof mail.html === 'string' && mail.html.includes(borrowerId));
    assert.ok(!mail.text?.includes('4826'), 'never the PIN');
  });

  it('logs the mails by kind only', async () => {
    // The server may hold a message before nodemailer has read its answer and the log says so.
    for (const kind of ['pin_reset', 'welcome']) {
      await until(`"mail sent" for ${kind} in the log`, () => h.log.includes(`"event":"mail","kind":"${kind}","msg":"mail sent"`));
    }
    assert.ok(!h.log.includes('"mail failed"'));
    for (const secret of ['alva.andersson', 'greta', 'example.net', '#token=']) assert.ok(!h.log.includes(secret), secret);
  });
});

describe('?ignoreTLS=true in the SMTP URL', () => {
  // This server offers STARTTLS with its built-in self-signed certificate: without ignoreTLS,
  // nodemailer would upgrade and refuse the certificate, and no mail would arrive.
  const smtp = mailServer();
  const h = mailingThrough(smtp, '?ignoreTLS=true');

  it('is honoured by the mailer: the message goes in plain text even where STARTTLS is offered', async () => {
    assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } })).status, 202);
    const received = await until('the reset mail', () => smtp.received[0]);
    assert.equal(received.secure, false);
    assert.deepEqual(received.envelope.to, [ALVA.email]);
  });
});

describe('an SMTP server that offers STARTTLS with a certificate nodemailer does not trust', () => {
  const smtp = mailServer();
  const h = mailingThrough(smtp, '');

  it('without ignoreTLS: the mail fails, the request still succeeds, and the log says it was TLS, without an address', async () => {
    assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } })).status, 202);
    const failure = await until('the mail failure in the log', () => h.log.split('\n').find((line) => line.includes('"mail failed"')));
    const { event, kind, err } = JSON.parse(failure) as { event: string; kind: string; err: Record<string, unknown> };
    assert.deepEqual({ event, kind }, { event: 'mail', kind: 'pin_reset' });
    // ESOCKET (with systemCode CERT_HAS_EXPIRED or DEPTH_ZERO_SELF_SIGNED_CERT) or ETLS, by nodemailer's version.
    assert.match(String(err.code), /^E[A-Z]+$/, failure);
    assert.equal(err.command, 'CONN', failure);
    assert.deepEqual(smtp.received, []);
    assert.ok(!h.log.includes('alva.andersson'));
  });
});

describe('an SMTP server that rejects the recipient with a reply naming the address', () => {
  // As Postfix does: `550 5.1.1 <greta.gustafsson@example.net>: Recipient address rejected: …`.
  const smtp = mailServer({
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown in virtual mailbox table (${address.address})`), { responseCode: 550 });
      callback(error);
    },
  });
  const h = mailingThrough(smtp, '?ignoreTLS=true');

  it('the registration still succeeds; the log has the reply code, the command and the reply text, with [address] for the address', async () => {
    const response = await h.request('POST', '/registrations', { body: application({ phone: '' }) });
    assert.equal(response.status, 201);
    const failure = await until('the mail failure in the log', () => h.log.split('\n').find((line) => line.includes('"mail failed"')));
    const { event, kind, err } = JSON.parse(failure) as { event: string; kind: string; err: Record<string, unknown> };
    assert.deepEqual({ event, kind }, { event: 'mail', kind: 'welcome' });
    assert.equal(err.code, 'EENVELOPE');
    assert.equal(err.command, 'RCPT TO');
    assert.equal(err.responseCode, 550);
    assert.equal(err.response, '550 5.1.1 [address]: Recipient address rejected: User unknown in virtual mailbox table [address]');
    assert.deepEqual(smtp.received, []);
    for (const secret of ['greta', 'gustafsson', 'example.net', '@']) assert.ok(!h.logWithoutTimes.replace(/"service":"[^"]*"/g, '').includes(secret), secret);
  });
});

describe('withoutAddresses', () => {
  it('replaces every address, with or without angle brackets, and keeps the rest of the reply', () => {
    const cases: [string, string][] = [
      ['550 5.1.1 <greta@example.net>: Recipient address rejected', '550 5.1.1 [address]: Recipient address rejected'],
      ['550 No such user greta@example.net here', '550 No such user [address] here'],
      ['553 <"greta g"@example.net> bad', '553 [address] bad'],
      ['553 "greta g"@example.net bad', '553 [address] bad'],
      ['452 too many: <a@b.se>, <c@d.se>', '452 too many: [address], [address]'],
      ['550-first line\r\n550 greta@example.net second', '550-first line 550 [address] second'],
      ['421 4.7.0 Try again later', '421 4.7.0 Try again later'],
    ];
    for (const [reply, logged] of cases) assert.equal(withoutAddresses(reply), logged, reply);
  });

  it('caps the length after replacing, so no cut address is left', () => {
    const long = `550 ${'x'.repeat(190)} <greta.gustafsson@example.net> ${'y'.repeat(100)}`;
    const logged = withoutAddresses(long);
    assert.ok(logged.length <= 200, String(logged.length));
    assert.ok(!logged.includes('greta') && !logged.includes('@'), logged);
  });
});

describe('mailFailure', () => {
  it('keeps the type, the codes, the command and the reply, and nothing else of the error', () => {
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <greta@example.net>: rejected"), {
      code: 'EENVELOPE',
      command: 'RCPT TO',
      responseCode: 550,
      response: '550 <greta@example.net>: rejected',
      rejected: ['greta@example.net'],
      rejectedErrors: [new Error('greta@example.net')],
    });
    assert.deepEqual(mailFailure(error), { type: 'Error', code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 [address]: rejected' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNECTION', originalCode: 'ECONNREFUSED', command: 'CONN' });
    assert.deepEqual(mailFailure(refused), { type: 'Error', code: 'ECONNECTION', systemCode: 'ECONNREFUSED', command: 'CONN' });
    assert.deepEqual(mailFailure('a string'), { type: 'string' });
  });
});
