import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/my-profile.js';
import { endpointFor } from './support/fake-api.js';
// Adds the profile scenarios to the fake API.
import './support/fake-profile.js';
import type { ProfileScenario } from './support/fake-profile.js';
import { expectText } from './support/login-box-steps.js';

interface MyProfileArgs {
  scenario: ProfileScenario;
  'login-href': string;
  'change-pin-href'?: string | undefined;
  'block-card-href'?: string | undefined;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  lang?: 'sv' | 'en' | undefined;
  /** The level of the element's heading (1–6); 2 when unset. */
  'heading-level'?: number | undefined;
}

const meta = {
  title: 'Elements/biv-my-profile',
  component: 'biv-my-profile',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-profile-updated', 'biv-pin-changed', 'biv-card-blocked'] },
    docs: {
      description: {
        component:
          '“Mina uppgifter”: the logged-in patron’s borrower ID, card and contact details (Alva’s, or Elin’s temporary account, in the fake API of `stories/support/fake-profile.ts`). Change the contact details; change the PIN or block the card here or on the pages linked. Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { scenario: 'profile', 'login-href': '/logga-in' },
  render: (args) =>
    html`<biv-my-profile
      endpoint=${endpointFor(args.scenario)}
      login-href=${ifDefined(args['login-href'] || undefined)}
      change-pin-href=${ifDefined(args['change-pin-href'] || undefined)}
      block-card-href=${ifDefined(args['block-card-href'] || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
    ></biv-my-profile>`,
} satisfies Meta<MyProfileArgs>;

export default meta;
type Story = StoryObj<MyProfileArgs>;

async function elementIn(canvasElement: HTMLElement, ready = 'dl, .panel, .load-error, .config-error'): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-my-profile');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector(ready)).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const buttonOf = (el: HTMLElement, name: string) => {
  const found = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
};

const inputOf = (el: HTMLElement, id: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;

/** Write in a field as a patron would (the value set, then announced with input). */
function write(el: HTMLElement, id: string, value: string): void {
  const input = inputOf(el, id);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Alva’s details, in Swedish: the borrower ID to copy, the active card, the contact details. */
export const Details: Story = {
  name: 'Alva’s details (sv)',
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'BIV-000001');
    await expectText(el, 'Kortnummer 1000000001');
    await expectText(el, 'Nödinge bibliotek');
  },
};

/** The same in English. */
export const DetailsEnglish: Story = {
  name: 'Alva’s details (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Borrower ID (låntagar-ID)');
    await expectText(el, 'Card Active');
  },
};

/** A temporary account: no card yet, where to collect it and until when the account lasts. */
export const Temporary: Story = {
  name: 'Temporary account',
  args: { scenario: 'profile-temporary' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await expectText(el, 'Tillfälligt konto till');
    await expectText(el, 'Ta med legitimation!');
  },
};

/** Nobody logged in: the way to the login. */
export const LoggedOut: Story = {
  name: 'Logged out',
  args: { scenario: 'profile-logged-out' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Logga in för att se dina uppgifter'),
};

/** The card was blocked (here or on another device): the session ended, and it says so. */
export const Blocked: Story = {
  name: 'Card blocked',
  args: { scenario: 'profile-blocked' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Ditt kort är spärrat'),
};

/** The details are on their way (they never arrive here; the client gives up after 15 s). */
export const Loading: Story = {
  args: { scenario: 'profile-loading' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement, '#profile-title'), 'Hämtar dina uppgifter'),
};

/** No contact details on record: each says so, and can be filled in. */
export const Empty: Story = {
  name: 'No contact details',
  args: { scenario: 'profile-empty' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'E-postadress Ingen uppgift'),
};

/** The details could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  name: 'Error',
  args: { scenario: 'profile-error' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Vi kunde inte hämta dina uppgifter.'),
};

/** Links to the pages that change the PIN and block the card, instead of doing it here. */
export const Linked: Story = {
  name: 'PIN and block as links',
  args: { 'change-pin-href': '/byt-pin-kod', 'block-card-href': '/sparra-kortet' },
  play: async ({ canvasElement }) => expectText(await elementIn(canvasElement), 'Spärra kortet'),
};

/** A wrong e-mail address: the error summary and the error at the field; nothing is sent. */
export const EditErrors: Story = {
  name: 'Edit: errors',
  args: { scenario: 'profile-edit' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(buttonOf(el, 'Ändra kontaktuppgifter'));
    await waitFor(() => expect(inputOf(el, 'email')).toBeTruthy());
    write(el, 'email', 'alva.example.org');
    await userEvent.click(buttonOf(el, 'Spara'));
    await expectText(el, 'Det finns ett problem');
    await expectText(el, 'Skriv e-postadressen i rätt format');
  },
};

/** A new e-mail address saved: the details updated, and a confirmation went to the old address. */
export const Saved: Story = {
  name: 'Edit: saved',
  args: { scenario: 'profile-edit' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(buttonOf(el, 'Ändra kontaktuppgifter'));
    await waitFor(() => expect(inputOf(el, 'email')).toBeTruthy());
    write(el, 'email', 'alva.ny@example.org');
    await userEvent.click(buttonOf(el, 'Spara'));
    await expectText(el, 'Vi har skickat en bekräftelse om ändringen till din gamla e-postadress.');
  },
};

/** The change could not be sent: what was typed stays, with a way to try again. */
export const SaveFails: Story = {
  name: 'Edit: network fault',
  args: { scenario: 'profile-save-fails' },
  play: async ({ canvasElement }) => {
    const el = await elementIn(canvasElement);
    await userEvent.click(buttonOf(el, 'Ändra kontaktuppgifter'));
    await waitFor(() => expect(inputOf(el, 'city')).toBeTruthy());
    write(el, 'city', 'Alafors');
    await userEvent.click(buttonOf(el, 'Spara'));
    await expectText(el, 'Dina kontaktuppgifter är inte sparade.');
    await expect(inputOf(el, 'city').value).toBe('Alafors');
  },
};
