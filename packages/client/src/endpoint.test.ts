import { expect } from '@open-wc/testing';
import { ApiError, normaliseEndpoint, resolveEndpoint } from './index.js';

function page(head: string): () => void {
  const nodes: Element[] = [];
  const template = document.createElement('template');
  template.innerHTML = head;
  for (const node of [...template.content.children]) {
    document.head.append(node);
    nodes.push(node);
  }
  return () => nodes.forEach((n) => n.remove());
}

describe('resolveEndpoint', () => {
  const origin = location.origin;
  const cases: { name: string; head: string; attr?: string; prop?: string; expected: string | null }[] = [
    { name: 'the attribute, made absolute', head: '', attr: '/api/v1/', expected: `${origin}/api/v1` },
    { name: 'an absolute attribute', head: '', attr: 'https://bibliotek.example.se/api/v1', expected: 'https://bibliotek.example.se/api/v1' },
    { name: 'the attribute before page config', head: '<meta name="biv:endpoint" content="/other">', attr: '/api/v1', expected: `${origin}/api/v1` },
    // React 19 and Vue set `endpoint` as the element's property, with no attribute.
    { name: 'the property before page config', head: '<meta name="biv:endpoint" content="/other">', prop: '/api/v1', expected: `${origin}/api/v1` },
    { name: 'the property before the attribute', head: '', attr: '/old/v1', prop: '/api/v1', expected: `${origin}/api/v1` },
    { name: 'the JSON config script', head: '<script type="application/json" id="biv-config">{"endpoint": "/cfg/v1"}</script>', expected: `${origin}/cfg/v1` },
    {
      name: 'the JSON config before the meta',
      head: '<script type="application/json" id="biv-config">{"endpoint": "/cfg/v1"}</script><meta name="biv:endpoint" content="/meta/v1">',
      expected: `${origin}/cfg/v1`,
    },
    { name: 'the meta element', head: '<meta name="biv:endpoint" content="/meta/v1">', expected: `${origin}/meta/v1` },
    { name: 'nothing: a config error', head: '', expected: null },
    { name: 'broken JSON: a config error', head: '<script type="application/json" id="biv-config">{nope</script>', expected: null },
    { name: 'a javascript: URL: a config error', head: '', attr: 'javascript:alert(1)', expected: null },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const cleanup = page(c.head);
      const element = document.createElement('div');
      if (c.attr !== undefined) element.setAttribute('endpoint', c.attr);
      if (c.prop !== undefined) Object.assign(element, { endpoint: c.prop });
      try {
        const result = resolveEndpoint(element);
        if (c.expected === null) {
          expect(result).to.be.instanceOf(ApiError);
          expect((result as ApiError).code).to.equal('config');
        } else {
          expect(result).to.equal(c.expected);
        }
      } finally {
        cleanup();
      }
    });
  }

  it('normalises trailing slashes, queries and fragments', () => {
    expect(normaliseEndpoint('https://x.example/api/v1//?a=1#b', origin)).to.equal('https://x.example/api/v1');
    expect(normaliseEndpoint('  ', origin)).to.equal(null);
  });
});
