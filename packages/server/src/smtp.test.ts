// Mail through a real SMTP server on loopback: nodemailer (SmtpMailer) talks SMTP to `smtp-server`,
// and what arrives is read back with mailparser. SQLite only: the database plays no part here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
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

describe('mail through a real SMTP server on loopback', () => {
  const smtp = mailServer({ disabledCommands: ['STARTTLS'] });
  const h = new Harness();
  before(async () => {
    const port = await smtp.listen();
    await h.start({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, mailFrom: MAIL_FROM, pinResetUrl: RESET_PAGE });
  });
  after(async () => {
    await h.stop();
    await smtp.close();
  });

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
  const h = new Harness();
  before(async () => {
    const port = await smtp.listen();
    await h.start({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, pinResetUrl: RESET_PAGE });
  });
  after(async () => {
    await h.stop();
    await smtp.close();
  });

  it('is honoured by the mailer: the message goes in plain text even where STARTTLS is offered', async () => {
    assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } })).status, 202);
    const received = await until('the reset mail', () => smtp.received[0]);
    assert.equal(received.secure, false);
    assert.deepEqual(received.envelope.to, [ALVA.email]);
  });
});

describe('an SMTP server that offers STARTTLS with a certificate nodemailer does not trust', () => {
  const smtp = mailServer();
  const h = new Harness();
  before(async () => {
    const port = await smtp.listen();
    await h.start({ smtpUrl: `smtp://127.0.0.1:${port}`, pinResetUrl: RESET_PAGE });
  });
  after(async () => {
    await h.stop();
    await smtp.close();
  });

  it('without ignoreTLS: the mail fails, the request still succeeds, and only the error type is logged', async () => {
    assert.equal((await h.request('POST', '/pin-resets', { body: { identifier: ALVA.card } })).status, 202);
    const failure = await until('the mail failure in the log', () => h.log.split('\n').find((line) => line.includes('"mail failed"')));
    assert.match(failure, /"event":"mail","kind":"pin_reset","err":\{"type":"\w+"\}/);
    assert.deepEqual(smtp.received, []);
    assert.ok(!h.log.includes('alva.andersson'));
  });
});
