import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/change-pin.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import { expectText } from './support/login-box-steps.js';

interface ChangePinArgs {
  scenario: Scenario;
  'login-href': string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
  /** The level of the element's headings (1–6); 2 when unset. */
  'heading-level'?: number | undefined;
}

const meta = {
  title: 'Elements/biv-change-pin',
  component: 'biv-change-pin',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-pin-changed'] },
    docs: {
      description: {
        component:
          'Change the PIN of the logged-in patron (Alva, in the fake API of `stories/support/fake-api.ts`). Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { scenario: 'change', 'login-href': '/logga-in' },
  render: ({ scenario, 'login-href': loginHref, lang, 'heading-level': level }) =>
    html`<biv-change-pin
      endpoint=${endpointFor(scenario)}
      login-href=${ifDefined(loginHref || undefined)}
      lang=${ifDefined(lang)}
      heading-level=${ifDefined(level)}
    ></biv-change-pin>`,
} satisfies Meta<ChangePinArgs>;

export default meta;
type Story = StoryObj<ChangePinArgs>;

async function elementIn(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-change-pin');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector('form, .panel, .config-error')).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

async function change(el: HTMLElement, currentPin: string, newPin: string) {
  for (const [id, value] of [['currentPin', currentPin], ['newPin', newPin], ['newPinRepeat', newPin]] as const) {
    const input = el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await userEvent.click(el.shadowRoot?.querySelector('button[type=submit]') as HTMLButtonElement);
}

/** The form, in Swedish (the default). */
export const Form: Story = {
  name: 'Form (sv)',
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Nuvarande PIN-kod'),
};

/** The form in English. */
export const FormEnglish: Story = {
  name: 'Form (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Current PIN'),
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att byta PIN-kod'),
};

/**
 * `heading-level`: the element sits under the page's `<h3>`, so its headings are `<h4>` (the
 * logged-out view's here, and the error summary's and the result's when they show).
 */
export const HeadingLevel: Story = {
  name: 'Heading level (under an h3)',
  args: { scenario: 'logged-out', 'heading-level': 4 },
  render: (args) => html`<h3>Byt PIN-kod</h3>
    ${meta.render(args)}`,
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Logga in för att byta PIN-kod');
    await expect(el.shadowRoot?.querySelector('#view-title')?.tagName).toBe('H4');
  },
};

/** The card was blocked on another device: the session ended saying why, and no login is offered. */
export const CardBlocked: Story = {
  name: 'Card blocked',
  args: { scenario: 'card-blocked-since' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Ditt kort är spärrat'),
};

/** Checked in the browser: a weak and an unchanged PIN. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await change(el, '1357', '2580');
    await expectText(el, 'knappsatsen');
  },
};

/** The server says the current PIN is wrong (it counts toward the lockout). */
export const WrongCurrentPin: Story = {
  name: 'Wrong current PIN',
  args: { scenario: 'change-wrong-pin' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await change(el, '9473', '4826');
    await expectText(el, 'Den nuvarande PIN-koden stämmer inte');
  },
};

/** Too many wrong PINs: locked, and when to try again. */
export const Locked: Story = {
  args: { scenario: 'change-locked' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await change(el, '9473', '4826');
    await expectText(el, 'Kontot är låst');
  },
};

/** Changed: this session stays, the others have ended. */
export const Done: Story = {
  name: 'PIN changed',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await change(el, '1357', '4826');
    await expectText(el, 'Din PIN-kod är ändrad');
  },
};
