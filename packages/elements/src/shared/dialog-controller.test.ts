import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { DialogController } from './dialog-controller.js';

/** A host with an opener button and a dialog; `busy` stands for a request under way. */
class DialogHost extends LitElement {
  busy = false;
  closed = 0;
  dialog = new DialogController(this, {
    busy: () => this.busy,
    onClose: () => this.closed++,
  });

  override render() {
    return html`<button class="opener" type="button" @click=${(e: Event) => void this.dialog.show(e.currentTarget as HTMLElement)}>Open</button>
      <dialog aria-label="Fråga"><button class="inside" type="button">OK</button></dialog>`;
  }
}
customElements.define('test-dialog-host', DialogHost);

const dialogOf = (el: DialogHost) => el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
const opener = (el: DialogHost) => el.shadowRoot?.querySelector('.opener') as HTMLButtonElement;

async function opened(): Promise<DialogHost> {
  const el = await fixture<DialogHost>(html`<test-dialog-host></test-dialog-host>`);
  // Not focused first: the browser's own return of focus (to what had it before) would go elsewhere.
  opener(el).click();
  await waitUntil(() => dialogOf(el).open, 'the dialog did not open');
  return el;
}

describe('shared/dialog-controller', () => {
  it('opens modal, and Escape closes it with focus back on the opener', async () => {
    const el = await opened();
    expect(el.dialog.open).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'Escape did not close it');
    expect(el.dialog.open).to.equal(false);
    expect(el.closed).to.equal(1);
    expect(el.shadowRoot?.activeElement).to.equal(opener(el));
  });

  it('closes without returning focus when asked to', async () => {
    const el = await opened();
    (el.shadowRoot?.querySelector('.inside') as HTMLButtonElement).focus();
    el.dialog.close({ restoreFocus: false });
    expect(el.dialog.open).to.equal(false);
    await waitUntil(() => el.closed === 1, 'no close');
    expect(el.shadowRoot?.activeElement).to.not.equal(opener(el));
  });

  it('holds back Escape, twice, while busy; and reopens what the browser closed', async () => {
    const el = await opened();
    el.busy = true;
    (el.shadowRoot?.querySelector('.inside') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    expect(el.closed).to.equal(0);
    // As if the browser had insisted:
    dialogOf(el).close();
    await waitUntil(() => !el.dialog.open, 'no close');
    el.dialog.reopen();
    expect(dialogOf(el).open).to.equal(true);
    expect(el.dialog.open).to.equal(true);
    el.busy = false;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'Escape did not close it when idle');
  });
});
