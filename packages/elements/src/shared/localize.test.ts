import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { BivElement } from './biv-element.js';
import { LOCALES, LocalizeController, catalogue, localeOf, type Catalogues } from './localize.js';
import { loginBoxMessages } from '../login-box/login-box.messages.js';
import '../login-box/define.js';

const sv = { greeting: 'Hej', farewell: 'Hej då', count: (n: string) => `${n} lån` };
type Words = typeof sv;

/** A language file's download the test lets through when it says (`release`), or fails. */
function gate(part: Partial<Words> | Error) {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  const load = async () => {
    asked += 1;
    await opened;
    if (part instanceof Error) throw part;
    return { words: part };
  };
  return { load, release, asked: () => asked };
}

let serial = 0;
/** A small element of the test's own, with `catalogues`. */
function defineWith(catalogues: Catalogues<Words>): string {
  const tag = `biv-localize-test-${(serial += 1)}`;
  class Test extends BivElement {
    i18n = new LocalizeController(this, catalogues);
    override render() {
      return litHtml`<p lang=${this.i18n.locale} dir=${this.i18n.dir}>${this.i18n.t('greeting')} · ${this.i18n.t('farewell')}</p>`;
    }
  }
  customElements.define(tag, Test);
  return tag;
}

async function place(tag: string, lang: string): Promise<HTMLElement> {
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag);
  holder.append(el);
  return el;
}

const text = (el: HTMLElement) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('shared/localize: one language per page', () => {
  it('offers the languages not marked incomplete, and Swedish for any other', () => {
    expect(LOCALES).to.include.members(['sv', 'en', 'ar']);
    expect(LOCALES).not.to.include('fi');
    expect(['en-GB', 'AR', 'ar-SE', 'fi', 'nb', '', 'sv-FI'].map(localeOf)).to.deep.equal(['en', 'ar', 'ar', 'sv', 'sv', 'sv', 'sv']);
  });

  it('renders nothing until the words of the page language are in, then only them', async () => {
    const download = gate({ greeting: 'Hello', farewell: 'Goodbye' });
    const el = await place(defineWith(catalogue(sv, 'words', { en: download.load })), 'en');
    await nextFrame();
    expect(download.asked()).to.equal(1);
    expect(el.shadowRoot?.childNodes.length ?? 0, 'no Swedish while English loads').to.equal(0);
    download.release();
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hello · Goodbye');
    expect(el.shadowRoot?.querySelector('p')?.getAttribute('lang')).to.equal('en');
  });

  it('reads a key the language lacks in Swedish', async () => {
    const download = gate({ greeting: 'Hello' });
    download.release();
    const el = await place(defineWith(catalogue(sv, 'words', { en: download.load })), 'en');
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hello · Hej då');
  });

  it('shows Swedish when the language file cannot be downloaded', async () => {
    const download = gate(new Error('offline'));
    download.release();
    const el = await place(defineWith(catalogue(sv, 'words', { en: download.load })), 'en');
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hej · Hej då');
    expect(el.shadowRoot?.querySelector('p')?.getAttribute('lang')).to.equal('sv');
  });

  it('keeps the old language on screen while a new one loads, then switches', async () => {
    const download = gate({ greeting: 'Hello', farewell: 'Goodbye' });
    const el = await place(defineWith(catalogue(sv, 'words', { en: download.load })), 'sv');
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hej · Hej då');
    el.parentElement!.lang = 'en';
    await nextFrame();
    expect(text(el)).to.equal('Hej · Hej då');
    download.release();
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hello · Goodbye');
  });

  it('follows a lang change inside another element\'s shadow root (a part of <biv-my-pages>)', async () => {
    const download = gate({ greeting: 'Hello', farewell: 'Goodbye' });
    download.release();
    const outer = await place(defineWith(catalogue(sv, 'words')), 'sv');
    await (outer as BivElement).updateComplete;
    const box = outer.shadowRoot!.querySelector('p')!;
    const inner = document.createElement(defineWith(catalogue(sv, 'words', { en: download.load })));
    box.append(inner);
    await (inner as BivElement).updateComplete;
    expect(text(inner)).to.equal('Hej · Hej då');
    box.setAttribute('lang', 'en');
    await nextFrame();
    await (inner as BivElement).updateComplete;
    expect(text(inner)).to.equal('Hello · Goodbye');
  });

  it('gives an incomplete language Swedish, marked Swedish', async () => {
    const el = await place(defineWith(catalogue(sv, 'words')), 'fi');
    await (el as BivElement).updateComplete;
    expect(text(el)).to.equal('Hej · Hej då');
    expect(el.shadowRoot?.querySelector('p')?.getAttribute('lang')).to.equal('sv');
  });

  it('loads a real element part from its language file (English login box)', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"><biv-login-box endpoint="/api/v1"></biv-login-box></div>`);
    const box = holder.querySelector('biv-login-box')!;
    await box.updateComplete;
    expect(loginBoxMessages.part).to.equal('loginBox');
    expect(box.shadowRoot?.querySelector('button[type=submit]')?.textContent?.trim()).to.equal('Log in');
  });
});
