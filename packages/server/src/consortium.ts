import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * One municipality of the consortium: the sites its pages are on (allowed to embed the widgets),
 * the page its PIN reset links open, and its look (the widgets' documented custom properties).
 */
export interface Municipality {
  /** Short name for files and URLs: `ale`, `kungalv`. */
  id: string;
  /** The municipality as in the library list (`Kungälv`): its libraries' patrons get its reset page. */
  name: string;
  /** Origins of its pages (`https://www.ale.se`), allowed to use the API with credentials. */
  sites: string[];
  /** The page PIN reset links open for its patrons: a URL, or a path on `BIV_PUBLIC_URL`. */
  pinResetPage?: string;
  /** Custom properties (`--biv-color-accent`) and values: the municipality's look. */
  theme: Record<string, string>;
}

/** An http(s) origin written as one: scheme, host and optional port, nothing after. */
const origin = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}, 'must be an origin such as https://www.ale.se (scheme and host, no path)');

const page = z.string().refine((value) => {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL or a path starting with /');

/** A custom property of the widgets and a value that cannot end the declaration or the rule. */
const theme = z
  .record(
    z.string(),
    z
      .string()
      .min(1)
      .max(200)
      .regex(/^(?:(?!\/\*|\*\/)[^;{}<>\\])*$/, 'theme values may not contain ; { } < > \\ or comments'),
  )
  .superRefine((properties, ctx) => {
    for (const name of Object.keys(properties)) {
      if (!/^--biv-[a-z0-9-]+$/.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: "theme keys are the widgets' custom properties, such as --biv-color-accent" });
      }
    }
  });

const Consortium = z.strictObject({
  municipalities: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be lowercase letters, digits and -'),
        name: z.string().trim().min(1).max(100),
        sites: z.array(origin).min(1, 'list at least one site origin'),
        pinResetPage: page.optional(),
        theme: theme.optional(),
      }),
    )
    .min(1, 'list at least one municipality'),
});

/**
 * Check a consortium configuration; throws an Error naming the source, the entry and the rule for
 * the first problems found. Sites are given without a trailing slash.
 */
export function parseConsortium(json: unknown, source: string): Municipality[] {
  const parsed = Consortium.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => `  ${pathOf(json, issue.path)}: ${issue.message}`);
    throw new Error(`${source} is not a valid consortium configuration:\n${lines.join('\n')}`);
  }
  const municipalities = parsed.data.municipalities.map((m) => ({
    id: m.id,
    name: m.name,
    sites: m.sites.map((s) => s.replace(/\/$/, '')),
    ...(m.pinResetPage === undefined ? {} : { pinResetPage: m.pinResetPage }),
    theme: m.theme ?? {},
  }));
  for (const key of ['id', 'name'] as const) {
    const seen = new Set<string>();
    for (const m of municipalities) {
      if (seen.has(m[key])) throw new Error(`${source}: two municipalities have the ${key} "${m[key]}"`);
      seen.add(m[key]);
    }
  }
  return municipalities;
}

/** `municipalities[2] (orust).sites[0]`: where an issue is, with the entry's id when it has one. */
function pathOf(json: unknown, path: PropertyKey[]): string {
  let text = '';
  let node: unknown = json;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof key === 'number' && typeof id === 'string') text += ` (${id})`;
  }
  return text || '(the whole file)';
}

/** Read and check the consortium file (`BIV_CONSORTIUM_FILE`). */
export function readConsortium(path: string): Municipality[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`BIV_CONSORTIUM_FILE ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`BIV_CONSORTIUM_FILE ${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseConsortium(json, `BIV_CONSORTIUM_FILE ${path}`);
}

/** A municipality's look as a stylesheet: its custom properties on `:root`. */
export function themeCss(m: Municipality): string {
  const lines = Object.entries(m.theme).map(([name, value]) => `  ${name}: ${value};`);
  return `/* ${m.id}: the look of the Bibliotek i Väst widgets */\n:root {\n${lines.join('\n')}\n}\n`;
}
