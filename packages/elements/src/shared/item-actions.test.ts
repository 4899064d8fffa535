import { expect } from '@open-wc/testing';
import { ApiError } from '@biv/client';
import { ItemActions, type ActionResult } from './item-actions.js';

const host = () => ({ updates: 0, addController() {}, removeController() {}, requestUpdate() { this.updates++; }, updateComplete: Promise.resolve(true) });

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('shared/item-actions', () => {
  it('runs an action once at a time, busy meanwhile, and hands over the answer while still running', async () => {
    const busy: boolean[] = [];
    const actions = new ItemActions<string>(host(), (b) => busy.push(b));
    const answer = deferred<number>();
    let sends = 0;
    const seen: { result: ActionResult<number>; running: boolean }[] = [];
    const handle = (result: ActionResult<number>) => seen.push({ result, running: actions.running('a') });
    const first = actions.run('a', () => (sends++, answer.promise), handle);
    void actions.run('a', () => (sends++, answer.promise), handle);
    expect(actions.busy).to.equal(true);
    expect(actions.running('a')).to.equal(true);
    answer.resolve(7);
    await first;
    expect(sends).to.equal(1);
    expect(seen).to.deep.equal([{ result: { ok: true, value: 7 }, running: true }]);
    expect(actions.busy).to.equal(false);
    expect(busy).to.deep.equal([true, false]);
  });

  it('keeps the idempotency key until an answer arrives', async () => {
    const actions = new ItemActions<string>(host());
    const keys: string[] = [];
    const fail = (code: ConstructorParameters<typeof ApiError>[0]) => (key: string) => (keys.push(key), Promise.reject(new ApiError(code)));
    await actions.run('a', fail('network'), () => undefined);
    await actions.run('a', fail('timeout'), () => undefined);
    await actions.run('a', fail('internal_error'), () => undefined);
    await actions.run('a', (key) => (keys.push(key), Promise.resolve(1)), () => undefined);
    await actions.run('a', (key) => (keys.push(key), Promise.resolve(1)), () => undefined);
    expect(keys[0]).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(keys[1]).to.equal(keys[0], 'a retry after no answer sends the same key');
    expect(keys[2]).to.equal(keys[0]);
    expect(keys[3]).to.not.equal(keys[2], 'after an answer a new action has a new key');
    expect(keys[4]).to.not.equal(keys[3]);
  });

  it('drops the answers of actions started before clear()', async () => {
    const actions = new ItemActions<string>(host());
    const answer = deferred<number>();
    let handled = 0;
    actions.outcomes.set('a', 'renewed');
    const run = actions.run('a', () => answer.promise, () => handled++);
    actions.clear();
    expect(actions.busy).to.equal(false);
    expect(actions.outcomes.size).to.equal(0);
    answer.resolve(1);
    await run;
    expect(handled).to.equal(0);
  });
});
