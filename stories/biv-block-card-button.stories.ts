import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import { getSession } from '@biv/client';
import '@biv/elements/block-card-button.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import { expectText } from './support/login-box-steps.js';

interface BlockCardButtonArgs {
  scenario: Scenario;
  'login-href': string;
  'new-card-href': string;
  /** The button's text (the default slot); the element's own words when empty. */
  label: string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-block-card-button',
  component: 'biv-block-card-button',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-card-blocked'] },
    docs: {
      description: {
        component:
          'Block a lost card: the button opens a dialog that explains what blocking means and asks for the PIN and a confirmation (Alva is logged in, in the fake API of `stories/support/fake-api.ts`; any four digits block her card, except in the Wrong PIN and Locked stories). Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'logged-in', 'login-href': '/logga-in', 'new-card-href': '/skaffa-lanekort', label: '' },
  render: ({ scenario, 'login-href': loginHref, 'new-card-href': newCardHref, label, lang }) =>
    html`<biv-block-card-button
      endpoint=${endpointFor(scenario)}
      login-href=${ifDefined(loginHref || undefined)}
      new-card-href=${ifDefined(newCardHref || undefined)}
      lang=${ifDefined(lang)}
      >${label}</biv-block-card-button
    >`,
} satisfies Meta<BlockCardButtonArgs>;

export default meta;
type Story = StoryObj<BlockCardButtonArgs>;

async function elementIn(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-block-card-button');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector('button.trigger, .panel, .config-error')).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const inShadow = <T extends Element>(el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<T>(selector) as T;

async function openDialog(el: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(inShadow<HTMLButtonElement>(el, 'button.trigger'));
  const dialog = inShadow<HTMLDialogElement>(el, 'dialog');
  await waitFor(() => expect(dialog.open).toBe(true));
  return dialog;
}

/** Open the dialog, type the PIN, tick the confirmation and press "Spärra kortet". */
async function block(el: HTMLElement, pin: string): Promise<void> {
  await openDialog(el);
  await userEvent.type(inShadow<HTMLInputElement>(el, '#pin'), pin);
  await userEvent.click(inShadow<HTMLInputElement>(el, '#confirm'));
  await userEvent.click(inShadow<HTMLButtonElement>(el, 'button.confirm'));
}

/** The button, in Swedish (the default). */
export const Button: Story = {
  name: 'Button (sv)',
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Spärra kortet'),
};

/** The button in English, with the page's own text in the default slot. */
export const ButtonEnglish: Story = {
  name: 'Button (en)',
  globals: { locale: 'en' },
  args: { label: 'Report my card lost' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expect(el.textContent).toContain('Report my card lost');
  },
};

/** The confirmation: what blocking means, the PIN and an explicit tick. */
export const DialogOpen: Story = {
  name: 'Dialog open',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await openDialog(el);
    await expectText(el, 'Spärra kortet?');
    await waitFor(() => expect(el.shadowRoot?.activeElement).toBe(inShadow(el, '#pin')));
  },
};

/** The server says the PIN is wrong (it counts toward the lockout); nothing is blocked. */
export const WrongPin: Story = {
  name: 'Wrong PIN',
  args: { scenario: 'block-wrong-pin' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await block(el, '0000');
    await expectText(el, 'PIN-koden stämmer inte');
  },
};

/** Too many wrong PINs: when to try again, and what to do now. */
export const Locked: Story = {
  args: { scenario: 'block-locked' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await block(el, '1357');
    await expectText(el, 'Kontot är låst');
  },
};

/** Blocked: the session has ended; how to get a new card. */
export const Blocked: Story = {
  args: { scenario: 'block' },
  // The page's session of this scenario ended when it was blocked; shown again, it starts logged in.
  beforeEach: async () => {
    await getSession(endpointFor('block')).refresh();
  },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await block(el, '1357');
    await expectText(el, 'Ditt kort är spärrat');
    await expectText(el, 'Så får du ett nytt kort');
  },
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att spärra kortet'),
};
