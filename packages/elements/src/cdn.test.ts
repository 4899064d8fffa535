import { expect, waitUntil } from '@open-wc/testing';

// This page has not imported any element: the CMS module must load <biv-login-box> on demand.
describe('the CMS module (cdn.ts)', () => {
  it('loads an element’s code only when the element appears, and tolerates being loaded twice', async () => {
    await import('./cdn.js');
    expect(customElements.get('biv-login-box'), 'not loaded before it is used').to.equal(undefined);
    // A second copy of the script on the page (another URL: the module runs again).
    const secondCopy = new URL('./cdn.ts?second-copy', import.meta.url).href;
    await import(secondCopy);
    const box = document.createElement('biv-login-box');
    box.setAttribute('endpoint', '/api/v1');
    document.body.append(box);
    await waitUntil(() => customElements.get('biv-login-box'), 'not defined after the element appeared', { timeout: 5000 });
    await customElements.whenDefined('biv-login-box');
    expect(box.shadowRoot).to.exist;
    box.remove();
  });
});
