import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/loan-history.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
// Adds the loan-history scenarios to the fake API.
import './support/fake-history.js';
import type { HistoryScenario } from './support/fake-history.js';
import { expectText } from './support/login-box-steps.js';

interface LoanHistoryArgs {
  scenario: Scenario | HistoryScenario;
  'login-href': string;
  sort: 'newest' | 'oldest' | 'title' | 'author';
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-loan-history',
  component: 'biv-loan-history',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-history-setting-changed', 'biv-history-deleted'] },
    docs: {
      description: {
        component:
          'The logged-in patron’s loan history, “Min lånehistorik” (Alva’s six returned loans, or a 5,000-loan history, in the fake API of `stories/support/fake-history.ts`): the opt-in “Spara min lånehistorik”, search, sort, “Visa 100 till”, CSV export and deletion. Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    sort: { control: 'inline-radio', options: ['newest', 'oldest', 'title', 'author'] },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'history', 'login-href': '/logga-in', sort: 'newest' },
  render: ({ scenario, 'login-href': loginHref, sort, lang }) =>
    html`<biv-loan-history endpoint=${endpointFor(scenario)} login-href=${ifDefined(loginHref || undefined)} sort=${sort} lang=${ifDefined(lang)}></biv-loan-history>`,
} satisfies Meta<LoanHistoryArgs>;

export default meta;
type Story = StoryObj<LoanHistoryArgs>;

async function elementIn(canvasElement: HTMLElement, ready = '.setting, .panel, .load-error, .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-loan-history');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const buttonNamed = (el: HTMLElement, name: string) =>
  [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
const checkbox = (el: HTMLElement) => el.shadowRoot?.querySelector('#history-enabled') as HTMLInputElement;

/** Alva’s history, on, in Swedish: newest return first. */
export const List: Story = {
  name: 'Alva’s history (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await expectText(el, 'Visar 6 av 6 lån');
    await expectText(el, 'Sommarboken');
    await expect(checkbox(el).checked).toBe(true);
  },
};

/** The same in English. */
export const ListEnglish: Story = {
  name: 'Alva’s history (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await expectText(el, 'Showing 6 of 6 loans');
    await expectText(el, 'Save my loan history');
  },
};

/** 5,000 loans: the first 100, searched as the patron types, and 100 more at a time. */
export const Long: Story = {
  name: 'A long history: search and show more',
  args: { scenario: 'history-long' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await expectText(el, 'Visar 100 av 5 000 lån');
    await userEvent.click(buttonNamed(el, 'Visa 100 till'));
    await expectText(el, 'Visar 200 av 5 000 lån');
    const search = el.shadowRoot?.querySelector('#history-search') as HTMLInputElement;
    await userEvent.type(search, 'ödsliga');
    await waitFor(() => expect(el.shadowRoot?.querySelector('.count')?.textContent).toContain('som matchar sökningen'));
  },
};

/** Never turned on, nothing stored: what it means, and the box to tick. */
export const Off: Story = {
  name: 'Off (never turned on)',
  args: { scenario: 'history-off' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Din lånehistorik sparas inte.'),
};

/** Ticked: saved at once, and nothing is stored yet. */
export const TurnedOn: Story = {
  name: 'Turned on, nothing saved yet',
  args: { scenario: 'history-on-empty' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Inget har sparats ännu.'),
};

/** Turned off earlier with the history kept: still shown, with a note that nothing new is saved. */
export const OffKept: Story = {
  name: 'Off, with what was saved kept',
  args: { scenario: 'history-off-kept' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await expectText(el, 'Det som sparades tidigare finns kvar här tills du raderar det.');
  },
};

/** A temporary account can turn it on; it cannot borrow until the card is collected. */
export const Temporary: Story = {
  name: 'Temporary account',
  args: { scenario: 'history-temporary' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Du har ett tillfälligt konto.');
    await userEvent.click(checkbox(el));
    await expectText(el, 'Din lånehistorik sparas från och med nu.');
  },
};

/** Unticking asks whether to delete what is stored as well. */
export const TurnOffDialog: Story = {
  name: 'Turning it off: the question',
  args: { scenario: 'history-turn-off' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await userEvent.click(checkbox(el));
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(dialog.textContent).toContain('Radera också den sparade historiken?');
  },
};

/** "Radera historiken", confirmed: the list is empty and a status message says so. */
export const Deleted: Story = {
  args: { scenario: 'history-delete' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await userEvent.click(buttonNamed(el, 'Radera historiken'));
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector('button.confirm') as HTMLButtonElement);
    await expectText(el, 'Din lånehistorik är raderad.');
  },
};

/** The deletion could not be sent: the history stays, with the error at the button. */
export const DeleteFails: Story = {
  name: 'Delete fails',
  args: { scenario: 'history-delete-fails' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'ul.entries');
    await userEvent.click(buttonNamed(el, 'Radera historiken'));
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector('button.confirm') as HTMLButtonElement);
    await expectText(el, 'Lånehistoriken kunde inte raderas.');
  },
};

/** The history is on its way (this one never arrives; the client gives up after 15 s). */
export const Loading: Story = {
  args: { scenario: 'history-loading' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement, '#history-title'), 'Hämtar din lånehistorik'),
};

/** The history could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: 'history-error' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Vi kunde inte hämta din lånehistorik.'),
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'history-logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att se din lånehistorik'),
};

/** The card was blocked on another device: the session ended saying why, and no login is offered. */
export const CardBlocked: Story = {
  name: 'Card blocked',
  args: { scenario: 'card-blocked-since' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Ditt kort är spärrat'),
};
