import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/my-reservations.js';
import { endpointFor } from './support/fake-api.js';
// Adds the reservation scenarios to the fake API.
import './support/fake-reservations.js';
import type { ReservationScenario } from './support/fake-reservations.js';
import { expectText } from './support/login-box-steps.js';

interface MyReservationsArgs {
  scenario: ReservationScenario;
  'login-href': string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
}

const meta = {
  title: 'Elements/biv-my-reservations',
  component: 'biv-my-reservations',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-reservation-cancelled', 'biv-reservation-changed'] },
    docs: {
      description: {
        component:
          'The logged-in patron’s reservations (Alva’s, in the fake API of `stories/support/fake-reservations.ts`): one ready to collect, two waiting. Cancel one, or change where a waiting one is collected. Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'reservations', 'login-href': '/logga-in' },
  render: ({ scenario, 'login-href': loginHref, lang }) =>
    html`<biv-my-reservations endpoint=${endpointFor(scenario)} login-href=${ifDefined(loginHref || undefined)} lang=${ifDefined(lang)}></biv-my-reservations>`,
} satisfies Meta<MyReservationsArgs>;

export default meta;
type Story = StoryObj<MyReservationsArgs>;

const SAGAN = 'Sagan om ringen';
const MIO = 'Mio, min Mio';

async function elementIn(canvasElement: HTMLElement, ready = 'ul.reservations, .panel, .empty, .load-error, .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-my-reservations');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

/** The reservation with this title. */
function itemOf(el: HTMLElement, title: string): HTMLElement {
  const items = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('li.reservation') ?? [])];
  const found = items.find((li) => li.querySelector('h3')?.textContent?.trim() === title);
  if (!found) throw new Error(`no reservation “${title}”`);
  return found;
}

async function openDialog(el: HTMLElement, title: string): Promise<HTMLDialogElement> {
  await userEvent.click(itemOf(el, title).querySelector('.actions button') as HTMLButtonElement);
  const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
  await waitFor(() => expect(dialog.open).toBe(true));
  return dialog;
}

/** Alva’s reservations, in Swedish: the ready one first with her borrower ID at the top. */
export const List: Story = {
  name: 'Alva’s reservations (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Ditt låntagar-ID behövs när du hämtar: BIV-000001');
    await expectText(el, 'Plats 3 i kön');
  },
};

/** The same in English. */
export const ListEnglish: Story = {
  name: 'Alva’s reservations (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'You need your borrower ID when you collect: BIV-000001');
    await expectText(el, 'Number 3 in the queue');
  },
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'reservations-logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att se dina reservationer'),
};

/** The reservations are on their way (this one never arrives; the client gives up after 15 s). */
export const Loading: Story = {
  args: { scenario: 'reservations-loading' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement, '#list-title'), 'Hämtar dina reservationer'),
};

/** No reservations. */
export const Empty: Story = {
  args: { scenario: 'reservations-empty' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Du har inga reservationer just nu.'),
};

/** The list could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: 'reservations-error' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Vi kunde inte hämta dina reservationer.'),
};

/** “Avboka” asks first, in a modal dialog with the title (Escape or “Behåll” keeps it). */
export const ConfirmDialog: Story = {
  name: 'Confirm dialog open',
  args: { scenario: 'reservations-dialog' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    const dialog = await openDialog(el, SAGAN);
    await expect(dialog.textContent).toContain(`Vill du avboka reservationen av ${SAGAN}?`);
  },
};

/** Cancelled: gone from the list, and the status message says so. */
export const Cancelled: Story = {
  args: { scenario: 'reservations-cancel' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    const dialog = await openDialog(el, SAGAN);
    await userEvent.click(dialog.querySelector('button.confirm') as HTMLButtonElement);
    await expectText(el, `Reservationen av ${SAGAN} är avbokad.`);
  },
};

/** The cancellation could not be sent: the reservation stays, with the error at it. */
export const CancelFails: Story = {
  name: 'Cancel fails',
  args: { scenario: 'reservations-cancel-fails' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    const dialog = await openDialog(el, MIO);
    await userEvent.click(dialog.querySelector('button.confirm') as HTMLButtonElement);
    await expectText(el, 'Vi fick ingen kontakt med tjänsten');
  },
};

/** “Mio, min Mio” is now collected at Stenungsund. */
export const PickupChanged: Story = {
  name: 'Pickup library changed',
  args: { scenario: 'reservations-change' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    const mio = itemOf(el, MIO);
    const select = mio.querySelector('select') as HTMLSelectElement;
    select.value = 'stenungsund';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await userEvent.click(mio.querySelector('form button') as HTMLButtonElement);
    await expectText(el, `Reservationen av ${MIO} hämtas nu på Stenungsunds bibliotek.`);
  },
};
