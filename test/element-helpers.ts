// Shared helpers and test suites of the client's and elements' browser tests (web-test-runner, against the real
// reference server proxied same-origin on /api/v1). Not shipped: packages/elements never imports it.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { ApiError, getSession, REQUEST_TIMEOUT, resetSessions, setFetch } from '@biv/client';

export const ENDPOINT = '/api/v1';

export const root = (el: Element) => el.shadowRoot as ShadowRoot;
export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
/** Text with white space collapsed, as a patron reads it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The page's session store for the endpoint, as the elements resolve it (an absolute URL). */
export const session = () => getSession(new URL(ENDPOINT, window.location.href).href);
export const login = ({ identifier, pin }: { identifier: string; pin: string }) => session().login(identifier, pin);

/** After every test of the file: real fetch again, logged out on the server, no session store left. */
export function endSessionsAfterEach(): void {
  afterEach(async () => {
    setFetch();
    await session()
      .logout()
      .catch(() => undefined);
    resetSessions();
  });
}

/** The URL of a request as a `setFetch` stub receives it. */
export const urlOf = (input: RequestInfo | URL): string => (input instanceof Request ? input.url : input.toString());
/** The method of a request as a `setFetch` stub receives it, upper-cased. */
export const methodOf = (input: RequestInfo | URL, init?: RequestInit): string => (input instanceof Request ? input.method : (init?.method ?? 'GET')).toUpperCase();

/**
 * A fault: the session ends as when the card was blocked on another device. `GET /session` answers
 * 401 with `reason: card_blocked` (everything else goes to the server), and the page's store asks.
 */
export async function endSessionAsBlocked(): Promise<void> {
  const blocked = { type: 'about:blank', title: 'Not logged in', status: 401, code: 'unauthenticated', reason: 'card_blocked' };
  setFetch((input, init) =>
    new URL(urlOf(input), location.href).pathname.endsWith('/session') && methodOf(input, init) === 'GET'
      ? Promise.resolve(new Response(JSON.stringify(blocked), { status: 401, headers: { 'content-type': 'application/problem+json' } }))
      : fetch(input, init),
  );
  await session().refresh();
}

/** The `ApiError` a call of the client rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

/** Type into the input `#id` of the element's form as a patron does (focus, value, input event). */
export function type(el: Element, id: string, value: string): void {
  const field = q<HTMLInputElement>(el, `#${id}`) as HTMLInputElement;
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Press the form's submit button and wait until the request is answered and drawn. */
export async function submit(el: Element & { updateComplete: Promise<boolean> }, selector = 'button[type=submit]'): Promise<void> {
  (q(el, selector) as HTMLButtonElement).click();
  if (el.matches(':state(busy)')) await waitUntil(() => !el.matches(':state(busy)'), 'still busy', { timeout: REQUEST_TIMEOUT + 5000 });
  await el.updateComplete;
}

/**
 * The test every element for a logged-in patron shares: logged out, it shows `title` (and `also`),
 * links `login-href`, shows what is in its `login` slot, shows none of `absent`, and is accessible.
 */
export function itAsksLoggedOutVisitorToLogIn(tag: string, words: { title: string; also?: string[]; absent: string }): void {
  it('asks a logged-out visitor to log in, with the login link and slot', async () => {
    const name = unsafeStatic(tag);
    const el = await fixture(staticHtml`<${name} endpoint=${ENDPOINT} login-href="/logga-in"><p slot="login" id="slotted">Inloggning</p></${name}>`);
    await waitUntil(() => el.matches(':state(logged-out)'), 'not logged out', { timeout: 5000 });
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.matches(':state(blocked)')).to.equal(false);
    for (const expected of [words.title, ...(words.also ?? [])]) expect(text(root(el))).to.contain(expected);
    expect(q<HTMLAnchorElement>(el, '.panel a')?.getAttribute('href')).to.equal('/logga-in');
    const assigned = q<HTMLSlotElement>(el, 'slot[name=login]')?.assignedElements() ?? [];
    expect(assigned).to.deep.equal([el.querySelector('#slotted')]);
    expect(q(el, words.absent)).to.equal(null);
    await expect(el).to.be.accessible();
  });
}
