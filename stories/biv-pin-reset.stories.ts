import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/pin-reset.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import { expectText } from './support/login-box-steps.js';

interface PinResetArgs {
  scenario: Scenario;
  /** Open the story as the e-mailed link does: a token in the address bar's fragment. */
  fromLink: boolean;
  'login-href': string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

/** A well-formed token; the fake API decides what happens to it. */
const TOKEN = 'StoryTokenStoryTokenStoryTokenStoryToken123';

const meta = {
  title: 'Elements/biv-pin-reset',
  component: 'biv-pin-reset',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-pin-reset-requested', 'biv-pin-reset'] },
    docs: {
      description: {
        component:
          'Forgot the PIN: ask for a link by e-mail, then choose a new PIN on the page the link opens (`#token=…`). Every story talks to a small fake of the API (see `stories/support/fake-api.ts`). Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    fromLink: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'reset', fromLink: false, 'login-href': '/logga-in' },
  render: ({ scenario, fromLink, 'login-href': loginHref, lang }) => {
    if (fromLink) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#token=${TOKEN}`);
    return html`<biv-pin-reset endpoint=${endpointFor(scenario)} login-href=${ifDefined(loginHref || undefined)} lang=${ifDefined(lang)}></biv-pin-reset>`;
  },
} satisfies Meta<PinResetArgs>;

export default meta;
type Story = StoryObj<PinResetArgs>;

async function elementIn(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-pin-reset');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector('form, .panel, .result')).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

function type(el: HTMLElement, id: string, value: string) {
  const input = el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const submit = (el: HTMLElement) => userEvent.click(el.shadowRoot?.querySelector('button[type=submit]') as HTMLButtonElement);

async function choose(el: HTMLElement, pin: string) {
  type(el, 'newPin', pin);
  type(el, 'newPinRepeat', pin);
  await submit(el);
}

/** Step 1, empty, in Swedish (the default). */
export const Request: Story = {
  name: 'Ask for a link (sv)',
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Skicka länk'),
};

/** Step 1 in English. */
export const RequestEnglish: Story = {
  name: 'Ask for a link (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Send link'),
};

/** A malformed identifier: the error at the field and in the summary; nothing is sent. */
export const RequestError: Story = {
  name: 'Ask for a link: invalid identifier',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    type(el, 'identifier', '19850322-2386');
    await submit(el);
    await expectText(el, 'kontrollsiffran');
  },
};

/** The same answer whoever asks: check your e-mail, or visit a library without one. */
export const Sent: Story = {
  name: 'Link asked for',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    type(el, 'identifier', '1000000001');
    await submit(el);
    await expectText(el, 'Titta i din e-post');
  },
};

/** Too many requests: when to try again. */
export const RateLimited: Story = {
  name: 'Ask for a link: too many requests',
  args: { scenario: 'reset-rate-limited' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    type(el, 'identifier', '1000000001');
    await submit(el);
    await expectText(el, 'För många försök');
  },
};

/** Step 2: the page the link opens. */
export const Choose: Story = {
  name: 'Choose the new PIN',
  args: { fromLink: true },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Spara ny PIN-kod'),
};

/** A PIN too easy to guess, refused in the browser. */
export const ChooseWeak: Story = {
  name: 'Choose: weak PIN',
  args: { fromLink: true },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '1234');
    await expectText(el, 'lätt att gissa');
  },
};

/** A PIN the server refuses: the patron's own birth date. */
export const ChooseBirthDate: Story = {
  name: 'Choose: the birth date (server)',
  args: { fromLink: true, scenario: 'reset-weak' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '8503');
    await expectText(el, 'födelsedatum');
  },
};

/** Saved: not logged in, with the way to the login. */
export const Done: Story = {
  name: 'New PIN saved',
  args: { fromLink: true },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '4826');
    await expectText(el, 'Din PIN-kod är ändrad');
  },
};

/** A link used before. */
export const Used: Story = {
  name: 'Link already used',
  args: { fromLink: true, scenario: 'reset-used' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '4826');
    await expectText(el, 'Länken har redan använts');
  },
};

/** A link older than 30 minutes. */
export const Expired: Story = {
  name: 'Link expired',
  args: { fromLink: true, scenario: 'reset-expired' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '4826');
    await expectText(el, 'Länken har slutat gälla');
  },
};

/** An older link after a newer one was asked for. */
export const Replaced: Story = {
  name: 'Link replaced by a newer one',
  args: { fromLink: true, scenario: 'reset-replaced' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await choose(el, '4826');
    await expectText(el, 'nyare länk');
  },
};
