import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/wishlist-button.js';
import { endpointFor } from './support/fake-api.js';
// Adds the wishlist scenarios to the fake API.
import './support/fake-wishlist.js';
import type { WishlistScenario } from './support/fake-wishlist.js';
import { expectText } from './support/login-box-steps.js';

interface WishlistButtonArgs {
  scenario: WishlistScenario;
  'record-id': string;
  title: string;
  'login-href': string;
  'with-login': boolean;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-wishlist-button',
  component: 'biv-wishlist-button',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-wishlist-added', 'biv-wishlist-removed'] },
    docs: {
      description: {
        component:
          '“Spara i minneslistan” beside a title of a catalogue or news page (the fake API of `stories/support/fake-wishlist.ts`: Alva has saved Aniara, Kallocain and Trollvinter). Every button of a page shares one wishlist. The host’s `title` attribute is HTML’s own: browsers show it as a tooltip.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'wishlist-button', 'record-id': 'hemsoborna', title: 'Hemsöborna', 'login-href': '', 'with-login': false },
  render: ({ scenario, 'record-id': recordId, title, 'login-href': loginHref, 'with-login': withLogin, lang }) =>
    html`<p>
      <strong>${title}</strong>
      <biv-wishlist-button
        endpoint=${endpointFor(scenario)}
        record-id=${recordId}
        title=${title}
        login-href=${ifDefined(loginHref || undefined)}
        ?with-login=${withLogin}
        lang=${ifDefined(lang)}
      ></biv-wishlist-button>
    </p>`,
} satisfies Meta<WishlistButtonArgs>;

export default meta;
type Story = StoryObj<WishlistButtonArgs>;

async function buttonIn(canvasElement: HTMLElement, ready = 'button.toggle:not([aria-disabled="true"]), .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-wishlist-button');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const toggle = (el: HTMLElement) => el.shadowRoot?.querySelector('button.toggle') as HTMLButtonElement;

/** Not saved yet: press it to save. */
export const NotSaved: Story = {
  name: 'Not saved (sv)',
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await expect(toggle(el).getAttribute('aria-pressed')).toBe('false');
    await expectText(el, 'Spara i minneslistan');
  },
};

/** Saved: pressed, and the status message says so. Pressing it again removes it. */
export const Saved: Story = {
  name: 'Saved after a press',
  args: { 'record-id': 'vi-pa-saltkrakan', title: 'Vi på Saltkråkan' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    await waitFor(() => expect(toggle(el).getAttribute('aria-pressed')).toBe('true'));
    await expectText(el, '«Vi på Saltkråkan» sparades i minneslistan.');
  },
};

/** A title in the list already, in English. */
export const SavedEnglish: Story = {
  name: 'Already saved (en)',
  globals: { locale: 'en' },
  args: { 'record-id': 'aniara', title: 'Aniara' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await waitFor(() => expect(toggle(el).getAttribute('aria-pressed')).toBe('true'));
    await expectText(el, 'Saved to wishlist');
  },
};

/** Nobody logged in, with `login-href`: pressing offers the login. */
export const LoggedOut: Story = {
  name: 'Logged out (login-href)',
  args: { scenario: 'wishlist-button-logged-out', 'login-href': '/logga-in' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    await expectText(el, 'Logga in för att spara');
  },
};

/** Nobody logged in, with `with-login`: a login box in a dialog; the title is saved after the login. */
export const WithLogin: Story = {
  name: 'Logged out (with-login dialog)',
  args: { scenario: 'wishlist-button-with-login', 'with-login': true },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    await waitFor(() => expect(dialog.querySelector('biv-login-box')?.shadowRoot?.querySelector('form')).toBeTruthy(), { timeout: 5000 });
  },
};

/** The session is on its way (it never arrives here): the button waits. */
export const Loading: Story = {
  args: { scenario: 'wishlist-button-loading' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement, 'button.toggle');
    await expect(toggle(el).getAttribute('aria-disabled')).toBe('true');
  },
};

/** The wishlist holds 500 titles already: said next to the button. */
export const Full: Story = {
  name: 'Error: wishlist full',
  args: { scenario: 'wishlist-button-full' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    await expectText(el, 'Minneslistan är full');
  },
};

/** The save could not be sent: said next to the button; pressing again tries again. */
export const NetworkError: Story = {
  name: 'Error: network (press again to retry)',
  args: { scenario: 'wishlist-button-error' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    await expectText(el, 'Vi fick ingen kontakt med tjänsten');
  },
};

/** The card was blocked: pressing says so. */
export const Blocked: Story = {
  args: { scenario: 'wishlist-button-blocked' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await userEvent.click(toggle(el));
    await expectText(el, 'Ditt kort är spärrat');
  },
};

/** A temporary account (Elin): it works the same. */
export const Temporary: Story = {
  name: 'Temporary account',
  args: { scenario: 'wishlist-button-temporary', 'record-id': 'hemsoborna', title: 'Hemsöborna' },
  play: async ({ canvasElement }) => {
    const el = await buttonIn(canvasElement);
    await waitFor(() => expect(toggle(el).getAttribute('aria-pressed')).toBe('true'));
  },
};

/** A malformed `record-id`: a configuration error instead of a blank. */
export const BadRecordId: Story = {
  name: 'Configuration error (record-id)',
  args: { 'record-id': 'inte ett id' },
  play: async ({ canvasElement }) => expectText(await buttonIn(canvasElement), 'record-id saknas eller är ogiltigt'),
};
