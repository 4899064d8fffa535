import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/my-loans.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import type { LoanScenario } from './support/fake-loans.js';
import './support/fake-loans.js';
import { expectText } from './support/login-box-steps.js';

interface MyLoansArgs {
  scenario: Scenario | LoanScenario;
  'login-href': string;
  sort: 'due' | 'title';
  /** Show a login box inside the logged-out view. */
  'with-login'?: boolean;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  /** Unset: the language comes from the Språk toolbar (an ancestor's `lang`). */
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-my-loans',
  component: 'biv-my-loans',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-renewed'] },
    docs: {
      description: {
        component:
          'The logged-in patron’s loans, with renewal of one loan or all (Alva’s loans of the demo data, in the fake API of `stories/support/fake-loans.ts`, due dates relative to today). Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    sort: { control: 'inline-radio', options: ['due', 'title'] },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'loans', 'login-href': '/logga-in', sort: 'due' },
  render: ({ scenario, 'login-href': loginHref, sort, lang, 'with-login': withLogin }) =>
    html`<biv-my-loans
      endpoint=${endpointFor(scenario)}
      login-href=${ifDefined(loginHref || undefined)}
      sort=${sort}
      lang=${ifDefined(lang)}
      ?with-login=${withLogin ?? false}
    ></biv-my-loans>`,
} satisfies Meta<MyLoansArgs>;

export default meta;
type Story = StoryObj<MyLoansArgs>;

/** The element of a story, once it shows something. */
async function elementIn(canvasElement: HTMLElement, ready = 'ul, .empty, .panel, .load-error, .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-my-loans');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

/** The button with this accessible name (its `aria-label`, else its text). */
const buttonNamed = (el: HTMLElement, name: string) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.replace(/\s+/g, ' ').trim()) === name) as HTMLButtonElement;

/** Alva’s loans in every state, sorted by due date (Swedish). */
export const List: Story = {
  name: 'Alva’s loans (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await expectText(el, '7 lån');
    await expectText(el, 'förfallen sedan 5 dagar');
    await expectText(el, 'Kan inte förnyas: en annan låntagare har reserverat den.');
  },
};

/** The same in English. */
export const ListEnglish: Story = {
  name: 'Alva’s loans (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await expectText(el, '7 loans');
    await expectText(el, '5 days overdue');
  },
};

/** Sorted by title (the `sort` attribute). */
export const ByTitle: Story = {
  name: 'Sorted by title',
  args: { sort: 'title' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await expect(el.shadowRoot?.querySelector('li h3')?.textContent).toBe('Det sjunde inseglet');
  },
};

/** One loan renewed: its new due date next to it, and the announcement. */
export const Renewed: Story = {
  name: 'Renewed one',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await userEvent.click(buttonNamed(el, 'Förnya Pippi Långstrump'));
    await waitFor(() => expectText(el, 'Förnyad – ny återlämningsdag'), { timeout: 5000 });
  },
};

/** "Förnya alla": an outcome per loan, the reasons for the ones that could not be renewed, and a summary. */
export const RenewAll: Story = {
  name: 'Renewed all',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await userEvent.click(buttonNamed(el, 'Förnya alla'));
    await waitFor(() => expectText(el, '4 av 7 lån förnyades.'), { timeout: 5000 });
    await expectText(el, 'Kunde inte förnyas: den har förnyats så många gånger som går.');
  },
};

/** The answer to a renewal was lost: "Försök igen" sends the same idempotency key, so nothing is renewed twice. */
export const RenewalLost: Story = {
  name: 'Renewal lost, try again',
  args: { scenario: 'loans-renew-lost' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul');
    await userEvent.click(buttonNamed(el, 'Förnya Gold'));
    await waitFor(() => expectText(el, 'Vi fick ingen kontakt med tjänsten'), { timeout: 5000 });
    await userEvent.click(buttonNamed(el, 'Försök igen: förnya Gold'));
    await waitFor(() => expectText(el, 'Förnyad – ny återlämningsdag'), { timeout: 5000 });
  },
};

/** No loans. */
export const Empty: Story = {
  args: { scenario: 'loans-empty' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Du har inga lån just nu.'),
};

/** The loans are on their way. */
export const Loading: Story = {
  args: { scenario: 'loans-loading' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=status]');
    await expectText(el, 'Hämtar dina lån');
  },
};

/** The loans could not be fetched: the reason and "Försök igen". */
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: 'loans-error' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '.load-error');
    await expectText(el, 'Det gick inte att hämta dina lån.');
  },
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att se dina lån'),
};

/** The card was blocked on another device: the session ended saying why, and no login is offered. */
export const CardBlocked: Story = {
  name: 'Card blocked',
  args: { scenario: 'card-blocked-since' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Ditt kort är spärrat'),
};

/** Nobody logged in, with a login box inside (`with-login`) instead of the page's own. */
export const LoggedOutWithLogin: Story = {
  name: 'Logged out, with a login box inside',
  args: { scenario: 'logged-out', 'with-login': true, 'login-href': '' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot?.querySelector('biv-login-box')?.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 5000 });
  },
};
