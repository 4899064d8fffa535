// React 19 JSX with the generated IntrinsicElements of @biv/elements/react.
import type {} from '@biv/elements/react';
import type { BivLoginEvent, BivRenewedEvent } from '@biv/elements';

export function LoginAndLoans({ onLogin }: { onLogin: (name: string) => void }) {
  const loggedIn = (e: BivLoginEvent) => onLogin(e.detail.patron.name);
  const renewed = (e: BivRenewedEvent) => e.detail.results.filter((r) => r.renewed).length;
  return (
    <main className="page">
      <biv-login-box heading-level={3} forgot-pin-href="/glomt-pin" onbiv-login={loggedIn} onbiv-logout={(e) => e.detail} />
      <biv-my-loans sort="title" with-login onbiv-renewed={renewed} style={{ marginTop: '1rem' }}>
        <biv-login-box slot="login" />
      </biv-my-loans>
      <biv-loan-history sort="author" endpoint="/api/v1" lang="en" />
      <biv-wishlist-button record-id="rec-1" title="Pippi Långstrump" onbiv-wishlist-added={(e) => e.detail.recordId} />
      {/* Properties by their names (React 19 sets them as properties): */}
      <biv-my-loans headingLevel={3} loginHref="/logga-in" withLogin sort="due" />
      <biv-wishlist-button recordId="rec-2" itemTitle="Mio, min Mio" headingLevel={4} />
    </main>
  );
}

export const wrong = [
  // @ts-expect-error: a loan list is sorted by `due` or `title`, not by author
  <biv-my-loans sort="author" />,
  // @ts-expect-error: heading-level is a number
  <biv-login-box heading-level={{ level: 3 }} />,
  // @ts-expect-error: the property headingLevel is a number
  <biv-login-box headingLevel="x" />,
  // @ts-expect-error: the property loginHref is a URL's text
  <biv-my-loans loginHref={5} />,
  // @ts-expect-error: withLogin is a boolean
  <biv-my-loans withLogin="yes" />,
  // @ts-expect-error: the login event's detail has the patron, not a borrower id
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- deliberately wrong, see the line above
  <biv-login-box onbiv-login={(e) => e.detail.borrowerId} />,
  // @ts-expect-error: the patron is read-only (React would assign it and the browser throw)
  <biv-login-box patron={undefined} />,
  // @ts-expect-error: no such element
  <biv-login-boxx />,
];
