import { ApiError } from './errors.js';

const CONFIG_SCRIPT_ID = 'biv-config';
const META_NAME = 'biv:endpoint';

/** Normalise an endpoint to an absolute http(s) URL without a trailing slash, or null. */
export function normaliseEndpoint(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  url.search = '';
  return url.href.replace(/\/+$/, '');
}

function pageConfigEndpoint(doc: Document): string | undefined {
  const script = doc.getElementById(CONFIG_SCRIPT_ID);
  if (script instanceof HTMLScriptElement && script.type === 'application/json') {
    try {
      const config: unknown = JSON.parse(script.textContent ?? '');
      if (typeof config === 'object' && config !== null && 'endpoint' in config && typeof config.endpoint === 'string') {
        return config.endpoint;
      }
    } catch {
      // A broken config block is reported like a missing one, below.
    }
  }
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${META_NAME}"]`);
  return meta?.content ?? undefined;
}

/**
 * The element's own endpoint: its `endpoint` property when it has one, else the attribute. React 19
 * and Vue set the property of a custom element that has one, and then there is no attribute.
 */
function ownEndpoint(element: Element): string | undefined {
  const property = (element as Element & { endpoint?: unknown }).endpoint;
  return typeof property === 'string' ? property : (element.getAttribute('endpoint') ?? undefined);
}

/**
 * The API root for an element: its `endpoint` property or attribute, else the page's
 * `<script type="application/json" id="biv-config">{"endpoint": "..."}</script>`, else
 * `<meta name="biv:endpoint" content="...">`. Relative values resolve against the document's base
 * URL. Returns the normalised URL, or an `ApiError` with code `config` when there is none (or it is
 * not an http(s) URL).
 */
export function resolveEndpoint(element: Element): string | ApiError {
  const doc = element.ownerDocument;
  const raw = ownEndpoint(element)?.trim() || pageConfigEndpoint(doc);
  if (raw === undefined) return new ApiError('config');
  return normaliseEndpoint(raw, doc.baseURI) ?? new ApiError('config');
}
