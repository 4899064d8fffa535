import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/my-pages.js';
import { endpointFor } from './support/fake-api.js';
// Adds the Mina sidor scenarios (and the parts' own) to the fake API.
import './support/fake-my-pages.js';
import type { MyPagesScenario } from './support/fake-my-pages.js';
import { expectText } from './support/login-box-steps.js';

interface MyPagesArgs {
  scenario: MyPagesScenario;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  tabs?: string | undefined;
  tab?: string | undefined;
  lang?: 'sv' | 'en' | undefined;
  'heading-level'?: number | undefined;
}

const meta = {
  title: 'Elements/biv-my-pages',
  component: 'biv-my-pages',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-tab-change', 'biv-login', 'biv-logout'] },
    docs: {
      description: {
        component:
          'All of Mina sidor in one element: the login box, and for the logged-in patron (Alva, in the fake API of `stories/support/fake-my-pages.ts`) the parts as tabs. Each part loads its code when its tab is first shown. Arrow keys, Home and End move between the tabs; Enter or Space shows one. (In a story the URL fragment is the story frame’s.) Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    tabs: { control: 'text' },
    tab: { control: 'select', options: [undefined, 'profile', 'loans', 'reservations', 'history', 'wishlist', 'pin', 'block'] },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { scenario: 'my-pages' },
  render: ({ scenario, tabs, tab, lang, 'heading-level': level }) =>
    html`<biv-my-pages
      endpoint=${endpointFor(scenario)}
      tabs=${ifDefined(tabs || undefined)}
      tab=${ifDefined(tab)}
      lang=${ifDefined(lang)}
      heading-level=${ifDefined(level)}
      new-card-href="/bibliotekskort#nytt-kort"
    ></biv-my-pages>`,
} satisfies Meta<MyPagesArgs>;

export default meta;
type Story = StoryObj<MyPagesArgs>;

async function elementIn(canvasElement: HTMLElement, ready = '[role=tablist], biv-login-box'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-my-pages');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const tabNamed = (el: HTMLElement, name: string) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role=tab]') ?? [])].find((tab) => tab.textContent?.trim() === name);

/** The part shown in the selected tab's panel, once its code has loaded. */
async function partIn(el: HTMLElement, tag: string): Promise<HTMLElement> {
  await waitFor(() => expect(el.shadowRoot?.querySelector(`[role=tabpanel]:not([hidden]) ${tag}`)).toBeTruthy(), { timeout: 5000 });
  return el.shadowRoot?.querySelector(`[role=tabpanel]:not([hidden]) ${tag}`) as HTMLElement;
}

/** Alva is logged in: the tabs, Mina uppgifter first. */
export const LoggedIn: Story = {
  name: 'Logged in (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=tablist]');
    await expect(tabNamed(el, 'Mina uppgifter')?.getAttribute('aria-selected')).toBe('true');
    await partIn(el, 'biv-my-profile');
  },
};

/** The same in English. */
export const LoggedInEnglish: Story = {
  name: 'Logged in (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=tablist]');
    await expect(tabNamed(el, 'My details')?.getAttribute('aria-selected')).toBe('true');
  },
};

/** By keyboard: Right arrow to "Lån", Enter shows Alva's loans. */
export const KeyboardToLoans: Story = {
  name: 'Keyboard: to the loans',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=tablist]');
    tabNamed(el, 'Mina uppgifter')?.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(el.shadowRoot?.activeElement).toBe(tabNamed(el, 'Lån'));
    await userEvent.keyboard('{Enter}');
    await expectText(await partIn(el, 'biv-my-loans'), 'Pippi Långstrump');
  },
};

/** Only some parts, in another order, starting on the reservations (`tabs`, `tab`). */
export const SomeTabs: Story = {
  name: 'Some tabs (tabs, tab)',
  args: { tabs: 'reservations loans wishlist', tab: 'reservations' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=tablist]');
    await expect(el.shadowRoot?.querySelectorAll('[role=tab]').length).toBe(3);
    await partIn(el, 'biv-my-reservations');
  },
};

/** Nobody is logged in: only the login box. */
export const LoggedOut: Story = {
  args: { scenario: 'my-pages-logged-out' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, 'biv-login-box');
    await waitFor(() => expect(el.matches(':state(logged-out)')).toBe(true), { timeout: 5000 });
    await expect(el.shadowRoot?.querySelector('[role=tablist]')).toBeNull();
  },
};

/** A temporary account (Elin, made online): the tabs; no loans yet. */
export const TemporaryAccount: Story = {
  args: { scenario: 'my-pages-temporary', tab: 'loans' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement, '[role=tablist]');
    await partIn(el, 'biv-my-loans');
  },
};
