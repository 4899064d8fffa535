import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { resetLibraries, setFetch, type Library } from '@biv/client';
import { groupByMunicipality, LibraryList } from './libraries.js';

const ENDPOINT = new URL('/api/v1', window.location.href).href;

const library = (id: string, name: string, municipality: string): Library => ({ id, name, municipality });

/** A host with a library list for the endpoint in its `at` property. */
class LibraryHost extends LitElement {
  static override properties = { at: {} };
  declare at: string | undefined;
  list = new LibraryList(this, () => this.at);
}
customElements.define('test-library-host', LibraryHost);

describe('shared/libraries', () => {
  afterEach(() => {
    setFetch();
    resetLibraries();
  });

  it('groups the libraries by municipality, both in Swedish order, once per list', () => {
    const list = [
      library('b', 'Öckerö bibliotek', 'Öckerö'),
      library('c', 'Ytterby bibliotek', 'Kungälv'),
      library('a', 'Kungälvs stadsbibliotek', 'Kungälv'),
      library('d', 'Nödinge bibliotek', 'Ale'),
    ];
    const groups = groupByMunicipality(list);
    expect(groups.map(([m, l]) => [m, l.map((x) => x.id)])).to.deep.equal([
      ['Ale', ['d']],
      ['Kungälv', ['a', 'c']],
      ['Öckerö', ['b']],
    ]);
    expect(groupByMunicipality(list)).to.equal(groups);
    expect(list.map((x) => x.id)).to.deep.equal(['b', 'c', 'a', 'd'], 'the list itself is not sorted');
  });

  it('loads the list for the endpoint, names the libraries, and asks nothing without an endpoint', async () => {
    const sent: string[] = [];
    setFetch((input, init) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    });
    const el = await fixture<LibraryHost>(html`<test-library-host></test-library-host>`);
    await el.updateComplete;
    expect(el.list.value).to.deep.equal([]);
    expect(sent).to.deep.equal([]);
    el.at = ENDPOINT;
    await el.updateComplete;
    expect(el.list.pending).to.equal(true);
    await waitUntil(() => el.list.loaded, 'the libraries did not load', { timeout: 5000 });
    expect(el.list.pending).to.equal(false);
    expect(el.list.name('kungalv')).to.equal('Kungälvs stadsbibliotek');
    expect(el.list.name('atlantis')).to.equal(undefined);
    expect(el.list.groups.map(([municipality]) => municipality)).to.deep.equal(['Ale', 'Kungälv', 'Lilla Edet', 'Orust', 'Stenungsund', 'Tjörn', 'Öckerö']);
    expect(sent.filter((url) => url.endsWith('/libraries'))).to.have.length(1);
  });

  it('says when the list cannot be loaded, and loads it on run()', async () => {
    let failing = true;
    setFetch((input, init) => (failing ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)));
    const el = await fixture<LibraryHost>(html`<test-library-host .at=${ENDPOINT}></test-library-host>`);
    await waitUntil(() => el.list.error !== undefined, 'no error', { timeout: 5000 });
    expect(el.list.value).to.deep.equal([]);
    expect(el.list.loaded).to.equal(false);
    failing = false;
    await el.list.run();
    expect(el.list.error).to.equal(undefined);
    expect(el.list.value.length).to.be.greaterThan(0);
  });
});
