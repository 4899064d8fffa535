import { useEffect, useState } from 'react';
// The <biv-…> tags in JSX: their attributes, properties and events, generated from the manifest.
import type {} from '@biv/elements/react';
import type { BivLoginEvent } from '@biv/elements/login-box.js';
import type { BivRenewedEvent } from '@biv/elements/my-loans.js';
import { messages, type Lang } from './messages';

/** The API on the app's own origin: Vite proxies `/api/` to the server (vite.config.ts). */
const ENDPOINT = '/api/v1';

export function App() {
  const [lang, setLang] = useState<Lang>('sv');
  /** The logged-in patron's name, from `biv-login`; `null` after `biv-logout`. */
  const [patronName, setPatronName] = useState<string | null | undefined>(undefined);
  /** Loans renewed, counted from every `biv-renewed`. */
  const [renewed, setRenewed] = useState(0);
  const t = messages[lang];

  // The page's language follows the switch (the app's own text is in it too).
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  const onLogin = (event: BivLoginEvent) => setPatronName(event.detail.patron.name);
  const onLogout = () => setPatronName(null);
  const onRenewed = (event: BivRenewedEvent) => setRenewed((n) => n + event.detail.results.filter((r) => r.renewed).length);

  return (
    <>
      <header className="app-header">
        <h1>{t.title}</h1>
        <div role="group" aria-label={t.language} className="language">
          {(['sv', 'en'] as const).map((code) => (
            <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
              {code === 'sv' ? 'Svenska' : 'English'}
            </button>
          ))}
        </div>
        {/* Not a live region: the login box announces the login itself. */}
        <p className="who" data-testid="who">
          {patronName ? t.loggedIn(patronName) : patronName === null ? t.loggedOut : t.notLoggedIn}
        </p>
      </header>
      <main>
        <p>{t.intro}</p>
        <section id="login" aria-labelledby="login-heading">
          <h2 id="login-heading">{t.login}</h2>
          {/* `heading-level`: its error summary's heading, under this h2. */}
          <biv-login-box endpoint={ENDPOINT} heading-level={3} lang={lang} onbiv-login={onLogin} onbiv-logout={onLogout} />
        </section>
        {/*
          `endpoint` and `sort` are properties of the element, so React sets them as properties;
          `heading-level` and `login-href` are not (the properties are `headingLevel`, `loginHref`),
          so React sets them as attributes.
        */}
        <biv-my-loans endpoint={ENDPOINT} heading-level={2} login-href="#login" lang={lang} sort="title" onbiv-renewed={onRenewed} />
        <p className="renewed" data-testid="renewed">{t.renewed(renewed)}</p>
      </main>
    </>
  );
}
