import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/login-box.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import { expectText, loginBoxIn, submitLogin } from './support/login-box-steps.js';

interface LoginBoxArgs {
  scenario: Scenario;
  'forgot-pin-href': string;
  'new-card-href': string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  /** Unset: the language comes from the Språk toolbar (an ancestor's `lang`). */
  lang?: 'sv' | 'en' | 'ar' | undefined;
}

/** Alva Andersson of the demo data (card 1000000001, PIN 1357). */
const ALVA = { identifier: '1000000001', pin: '1357' };

const meta = {
  title: 'Elements/biv-login-box',
  component: 'biv-login-box',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-login', 'biv-logout'] },
    docs: {
      description: {
        component:
          'Every story talks to a small fake of the API (see `stories/support/fake-api.ts`), with its own endpoint, so no backend is needed. Use the Språk toolbar to switch between Swedish, English and Arabic.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en', 'ar'] },
  },
  args: { scenario: 'logged-out', 'forgot-pin-href': '', 'new-card-href': '' },
  render: ({ scenario, 'forgot-pin-href': forgotPinHref, 'new-card-href': newCardHref, lang }) =>
    html`<biv-login-box
      endpoint=${endpointFor(scenario)}
      forgot-pin-href=${ifDefined(forgotPinHref || undefined)}
      new-card-href=${ifDefined(newCardHref || undefined)}
      lang=${ifDefined(lang)}
    ></biv-login-box>`,
} satisfies Meta<LoginBoxArgs>;

export default meta;
type Story = StoryObj<LoginBoxArgs>;

/** Logged out: the form, in Swedish (the default). */
export const LoggedOut: Story = {
  name: 'Logged out (sv)',
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'Bibliotekskortsnummer eller personnummer');
  },
};

/** Logged out, in English (`lang="en"` on an ancestor). */
export const LoggedOutEnglish: Story = {
  name: 'Logged out (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'Library card number or personal identity number');
  },
};

/** Logged out, in Arabic (`lang="ar"` on an ancestor): right to left, mirrored. */
export const LoggedOutArabic: Story = {
  name: 'Logged out (ar)',
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'رقم بطاقة المكتبة أو الرقم الشخصي');
    const inner = box.shadowRoot?.querySelector('.box');
    if (inner?.getAttribute('dir') !== 'rtl' || getComputedStyle(inner).direction !== 'rtl') throw new Error('the box is not right to left');
  },
};

/** With `forgot-pin-href`, the box links to the page where a patron resets the PIN. */
export const WithForgotPinLink: Story = {
  name: 'With a forgot-PIN link',
  args: { 'forgot-pin-href': '/glomt-pin' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await waitFor(() => expect(box.shadowRoot?.querySelector('a[href="/glomt-pin"]')).toBeTruthy());
  },
};

/** Submitting a malformed personnummer and no PIN: errors at the fields and in the summary. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await submitLogin(box, { identifier: '19850322-2386', pin: '' });
    await expectText(box, 'Det finns ett problem');
    await expectText(box, 'kontrollsiffran');
    await expectText(box, 'Skriv din PIN-kod');
  },
};

/**
 * Busy: the login request has not answered yet, so the button cannot submit again. (The fake
 * never answers; after the client's 15-second timeout the box says the service did not answer.)
 */
export const Busy: Story = {
  args: { scenario: 'pending' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await submitLogin(box, ALVA);
    await waitFor(() => expect(box.matches(':state(busy)')).toBe(true));
  },
};

/** The server's answers to a login that fails, each with its own message. */
const failure = (scenario: Scenario, message: string | RegExp): Story => ({
  args: { scenario },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await submitLogin(box, ALVA);
    await expectText(box, message);
    await expect(box.matches(':state(busy)')).toBe(false);
  },
});

// (Names are written out per story: Storybook reads them from the source, not at run time.)
export const WrongPin: Story = {
  ...failure('wrong-pin', 'Fel bibliotekskortsnummer, personnummer eller PIN-kod'),
  name: 'Error: wrong PIN',
};
export const Locked: Story = {
  ...failure('locked', /Kontot är låst .* Försök igen om 15 minuter/),
  name: 'Error: account locked',
};
export const Blocked: Story = {
  ...failure('blocked', 'Ditt bibliotekskort är spärrat'),
  args: { scenario: 'blocked', 'new-card-href': '/nytt-kort' },
  name: 'Error: card blocked',
};

/** The card was blocked on another device (or by another widget): a note above the form, with the way to a new card. */
export const CardBlockedNote: Story = {
  name: 'Card blocked since the session began',
  args: { scenario: 'card-blocked-since', 'new-card-href': '/nytt-kort' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'Ditt kort är spärrat');
    await expectText(box, 'Så får du ett nytt kort');
  },
};
export const Expired: Story = {
  ...failure('expired', 'Ditt tillfälliga konto har gått ut'),
  name: 'Error: temporary account expired',
};
export const NetworkError: Story = { ...failure('network', 'Vi fick ingen kontakt med tjänsten'), name: 'Error: network' };

/** Logged in with an active card: the patron's name and a logout button. */
export const LoggedIn: Story = {
  name: 'Logged in (active card)',
  args: { scenario: 'logged-in' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'Alva Andersson');
    await waitFor(() => expect(box.matches(':state(logged-in)')).toBe(true));
    await expect(box.shadowRoot?.querySelector('[part="page-only"]')).toBeNull(); // a cookie session holds beyond this page
  },
};

/** Logged in with a temporary account (online registration): says until when it is valid. */
export const LoggedInTemporary: Story = {
  name: 'Logged in (temporary account)',
  args: { scenario: 'logged-in-temporary' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await expectText(box, 'Elin Ek');
    await expectText(box, 'tillfälligt');
  },
};

/**
 * On another site than the API, in a browser that keeps no cookie of the API's site (Safari before
 * 18.4): the login holds on this page only, and the box says so (docs/decisions/0005).
 */
export const LoggedInPageOnly: Story = {
  name: 'Logged in on this page only (no partitioned cookies)',
  args: { scenario: 'logged-in-page-only' },
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    await submitLogin(box, ALVA);
    await expectText(box, 'Alva Andersson');
    await expectText(box, 'tills du laddar om den');
  },
};

/**
 * Themed from the page's CSS only: global and per-element tokens, `::part()` and `:state()`
 * (see docs/theming.md).
 */
export const Themed: Story = {
  name: 'Themed (tokens, parts, states)',
  args: { 'forgot-pin-href': '/glomt-pin' },
  render: ({ scenario, 'forgot-pin-href': forgotPinHref }) => html`
    <style>
      .themed {
        --biv-color-accent: #005a9c;
        --biv-radius: 0;
        --biv-login-box-background: #f3f6f9;
        --biv-login-box-padding: 1.25rem;
        --biv-login-box-border: 1px solid #b1c3d4;
      }
      .themed::part(button) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      .themed:state(logged-in) {
        --biv-login-box-background: #eef7f1;
      }
    </style>
    <biv-login-box class="themed" endpoint=${endpointFor(scenario)} forgot-pin-href=${ifDefined(forgotPinHref || undefined)}></biv-login-box>
  `,
  play: async ({ canvasElement }) => {
    const box = await loginBoxIn(canvasElement);
    const button = box.shadowRoot?.querySelector('button[type="submit"]') as HTMLElement;
    await waitFor(() => expect(getComputedStyle(button).textTransform).toBe('uppercase'));
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(0, 90, 156)');
  },
};
