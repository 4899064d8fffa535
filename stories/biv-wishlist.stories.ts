import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/wishlist.js';
import { endpointFor } from './support/fake-api.js';
// Adds the wishlist scenarios to the fake API.
import './support/fake-wishlist.js';
import type { WishlistScenario } from './support/fake-wishlist.js';
import { expectText } from './support/login-box-steps.js';

interface WishlistArgs {
  scenario: WishlistScenario;
  'login-href': string;
  'heading-level': number;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-wishlist',
  component: 'biv-wishlist',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-wishlist-removed', 'biv-wishlist-added'] },
    docs: {
      description: {
        component:
          'The logged-in patron’s wishlist, “minneslista” (Alva’s, in the fake API of `stories/support/fake-wishlist.ts`): three saved titles. Remove one and undo it with “Ångra”. Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'wishlist', 'login-href': '/logga-in', 'heading-level': 2 },
  render: ({ scenario, 'login-href': loginHref, 'heading-level': level, lang }) =>
    html`<biv-wishlist endpoint=${endpointFor(scenario)} login-href=${ifDefined(loginHref || undefined)} heading-level=${level} lang=${ifDefined(lang)}></biv-wishlist>`,
} satisfies Meta<WishlistArgs>;

export default meta;
type Story = StoryObj<WishlistArgs>;

async function elementIn(canvasElement: HTMLElement, ready = 'ul.entries, .panel, .empty, .load-error, .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-wishlist');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

/** The remove button of the title. */
function removeButton(el: HTMLElement, title: string): HTMLButtonElement {
  const items = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('li.entry') ?? [])];
  const found = items.find((li) => li.querySelector('.item-title')?.textContent?.trim() === title);
  if (!found) throw new Error(`no title “${title}”`);
  return found.querySelector('.actions button') as HTMLButtonElement;
}

/** Alva’s saved titles, in Swedish, newest first. */
export const List: Story = {
  name: 'Alva’s wishlist (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Din minneslista');
    await expectText(el, 'Tove Jansson · Bok');
  },
};

/** The same in English. */
export const ListEnglish: Story = {
  name: 'Alva’s wishlist (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Your wishlist');
    await expectText(el, 'Harry Martinson · Book');
  },
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'wishlist-logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att se din minneslista'),
};

/** The card was blocked (on another device): the session ended, and the view says why. */
export const Blocked: Story = {
  args: { scenario: 'wishlist-blocked' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Ditt kort är spärrat'),
};

/** The wishlist is on its way (this one never arrives; the client gives up after 15 s). */
export const Loading: Story = {
  args: { scenario: 'wishlist-loading' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement, '#list-title'), 'Hämtar din minneslista'),
};

/** Nothing saved yet: how to save titles. */
export const Empty: Story = {
  args: { scenario: 'wishlist-empty' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Din minneslista är tom'),
};

/** The list could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: 'wishlist-error' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Vi kunde inte hämta din minneslista.'),
};

/** A temporary account (Elin): the wishlist works the same. */
export const Temporary: Story = {
  name: 'Temporary account',
  args: { scenario: 'wishlist-temporary' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Hemsöborna'),
};

/** Removed: the status message says so, with “Ångra”. */
export const Removed: Story = {
  name: 'Removed, with undo',
  args: { scenario: 'wishlist-remove' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(removeButton(el, 'Kallocain'));
    await expectText(el, '«Kallocain» togs bort från minneslistan.');
    await waitFor(() => expect(el.shadowRoot?.querySelector('button.undo')).toBeTruthy());
  },
};

/** The removal could not be sent: the title stays, with the error at it. */
export const RemoveFails: Story = {
  name: 'Remove fails',
  args: { scenario: 'wishlist-remove-fails' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(removeButton(el, 'Aniara'));
    await expectText(el, 'Vi fick ingen kontakt med tjänsten');
  },
};
