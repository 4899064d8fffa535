import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiError, type SessionState } from '@biv/client';
import { PatronData } from './patron-data.js';
import type { SessionController } from './session-controller.js';

/** A session as the controller reads it, changed by the test. */
class FakeSession {
  state: SessionState = { status: 'logged-out' };
  store = { endpoint: 'https://api.example/v1' };
  ended = (error: ApiError) => error.code === 'unauthenticated';
}

const patron = (borrowerId: string) => ({ status: 'logged-in', patron: { borrowerId } }) as unknown as SessionState;

/** Answers the test gives by hand: one pending load per call. */
const answers: { endpoint: string; resolve: (v: string[]) => void; reject: (e: unknown) => void }[] = [];

class DataHost extends LitElement {
  session = new FakeSession();
  resets = 0;
  data = new PatronData<string[]>(this, this.session as unknown as SessionController, {
    load: (endpoint) => new Promise<string[]>((resolve, reject) => answers.push({ endpoint, resolve, reject })),
    onReset: () => this.resets++,
  });

  protected override willUpdate(): void {
    this.data.sync();
  }
}
customElements.define('test-data-host', DataHost);

async function host(): Promise<DataHost> {
  answers.length = 0;
  return fixture<DataHost>(html`<test-data-host></test-data-host>`);
}

async function as(el: DataHost, state: SessionState): Promise<void> {
  el.session.state = state;
  el.requestUpdate();
  await el.updateComplete;
}

describe('shared/patron-data', () => {
  it('loads for the logged-in patron, and forgets it all at logout', async () => {
    const el = await host();
    expect(el.data.active).to.equal(false);
    expect(answers).to.have.length(0);
    await as(el, patron('A'));
    expect(el.data.loading).to.equal(true);
    answers[0]?.resolve(['a1', 'a2']);
    await waitUntil(() => !el.data.loading, 'still loading');
    expect(el.data.value).to.deep.equal(['a1', 'a2']);
    await as(el, { status: 'logged-out' });
    expect(el.data.value).to.equal(undefined);
    expect(el.data.active).to.equal(false);
    expect(el.resets).to.equal(2, 'at login, at logout');
  });

  it('never shows a late answer for the previous patron', async () => {
    const el = await host();
    await as(el, patron('A'));
    await as(el, patron('B'));
    expect(answers).to.have.length(2);
    answers[0]?.resolve(['of A']);
    await el.updateComplete;
    expect(el.data.value).to.equal(undefined);
    answers[1]?.resolve(['of B']);
    await waitUntil(() => el.data.value !== undefined, 'no data for B');
    expect(el.data.value).to.deep.equal(['of B']);
  });

  it('says why a load failed, except when the session ended; reload() tries again', async () => {
    const el = await host();
    await as(el, patron('A'));
    answers[0]?.reject(new ApiError('network'));
    await waitUntil(() => el.data.error !== undefined, 'no error');
    expect(el.data.error?.code).to.equal('network');
    const reload = el.data.reload();
    expect(el.data.loading).to.equal(true);
    answers[1]?.reject(new ApiError('unauthenticated'));
    await reload;
    expect(el.data.error).to.equal(undefined, 'the logged-out view follows instead');
  });

  it('refreshes quietly: the data stays shown meanwhile and after a fault', async () => {
    const el = await host();
    await as(el, patron('A'));
    answers[0]?.resolve(['a1']);
    await waitUntil(() => el.data.value !== undefined, 'no data');
    const failed = el.data.refresh();
    expect(el.data.loading).to.equal(false);
    answers[1]?.reject(new ApiError('network'));
    await failed;
    expect(el.data.value).to.deep.equal(['a1']);
    const refreshed = el.data.refresh();
    answers[2]?.resolve(['a1', 'a2']);
    await refreshed;
    expect(el.data.value).to.deep.equal(['a1', 'a2']);
  });
});
