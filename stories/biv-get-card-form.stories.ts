import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { withActions } from 'storybook/actions/decorator';
import '@biv/elements/get-card-form.js';
import { endpointFor, type Scenario } from './support/fake-api.js';
import { expectText } from './support/login-box-steps.js';

interface GetCardFormArgs {
  scenario: Scenario;
  'rules-href': string;
  'children-href': string;
  'login-href': string;
  /** Not a control: each story's endpoint points at its scenario of the fake API. */
  endpoint?: never;
  /** Unset: the language comes from the Språk toolbar (an ancestor's `lang`). */
  lang?: 'sv' | 'en' | undefined;
}

/** Skatteverket test personnummer: an adult, and somebody born in 2015 (under 18 until 2033). */
const ADULT = '19920101-2383';
const CHILD = '20150101-2395';

const meta = {
  title: 'Elements/biv-get-card-form',
  component: 'biv-get-card-form',
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['biv-card-created'] },
    docs: {
      description: {
        component:
          'Apply for a library card. Every story talks to a small fake of the API (see `stories/support/fake-api.ts`), with its own endpoint, so no backend is needed. Use the Språk toolbar to switch between Swedish and English.',
      },
    },
  },
  argTypes: {
    scenario: { control: false, table: { disable: true } },
    endpoint: { control: false },
    lang: { control: 'inline-radio', options: [undefined, 'sv', 'en'] },
  },
  args: { scenario: 'card-created', 'rules-href': '/laneregler', 'children-href': '/barn-och-unga', 'login-href': '/logga-in' },
  render: ({ scenario, 'rules-href': rulesHref, 'children-href': childrenHref, 'login-href': loginHref, lang }) =>
    html`<biv-get-card-form
      endpoint=${endpointFor(scenario)}
      rules-href=${ifDefined(rulesHref || undefined)}
      children-href=${ifDefined(childrenHref || undefined)}
      login-href=${ifDefined(loginHref || undefined)}
      lang=${ifDefined(lang)}
    ></biv-get-card-form>`,
} satisfies Meta<GetCardFormArgs>;

export default meta;
type Story = StoryObj<GetCardFormArgs>;

/** The form of a story, once its libraries have loaded (or failed to). */
async function formIn(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector<HTMLElement>('biv-get-card-form');
  await expect(el).toBeTruthy();
  await waitFor(() => expect(el?.shadowRoot?.querySelector('optgroup, .libraries-failed')).toBeTruthy(), { timeout: 5000 });
  return el as HTMLElement;
}

const control = (el: HTMLElement, id: string) => el.shadowRoot?.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`) as HTMLInputElement | HTMLSelectElement;

/** Fill the form as an applicant would (the values are set, then announced with input/change). */
async function fill(el: HTMLElement, values: Record<string, string | boolean>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const input = control(el, id);
    if (typeof value === 'boolean') {
      if (input instanceof HTMLInputElement && input.checked !== value) await userEvent.click(input);
    } else if (input instanceof HTMLSelectElement) {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new FocusEvent('blur'));
    }
  }
}

const complete = (personnummer = ADULT) => ({
  personnummer,
  givenName: 'Saga',
  familyName: 'Svensson',
  streetAddress: 'Strandvägen 4',
  postalCode: '471 31',
  city: 'Skärhamn',
  email: 'saga.svensson@example.org',
  homeLibraryId: 'skarhamn',
  pin: '7391',
  pinRepeat: '7391',
  acceptRules: true,
});

const submit = (el: HTMLElement) => userEvent.click(el.shadowRoot?.querySelector('button[type=submit]') as HTMLButtonElement);

/** Empty, in Swedish (the default). */
export const Empty: Story = {
  name: 'Empty (sv)',
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await expectText(el, 'Hembibliotek');
  },
};

/** Empty, in English. */
export const EmptyEnglish: Story = {
  name: 'Empty (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await expectText(el, 'Home library');
  },
};

/** Submitted with invalid fields: the error summary has focus and links to every field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, { personnummer: '19920101-2384', postalCode: '4713', email: 'saga.example.org' });
    await submit(el);
    await expectText(el, 'Det finns ett problem');
    await expectText(el, 'kontrollsiffran');
  },
};

/** A PIN that is too easy to guess: the reason and what to choose instead. */
export const WeakPin: Story = {
  name: 'Weak PIN',
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, { personnummer: '19920104-5359', pin: '0104' });
    await expectText(el, 'födelsedatum');
  },
};

/** Under 18: come to a library with a guardian; nothing is sent. */
export const UnderEighteen: Story = {
  name: 'Under 18',
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, { personnummer: CHILD });
    await expectText(el, 'vårdnadshavare');
  },
};

/** The list of libraries could not be loaded: the reason and a retry button. */
export const LibrariesFailing: Story = {
  name: 'Libraries failing',
  args: { scenario: 'card-libraries-failing' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await expectText(el, 'Försök igen');
  },
};

/** Sending: the button cannot send twice (the fake never answers; the client gives up after 15 s). */
export const Busy: Story = {
  args: { scenario: 'card-pending' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, complete());
    await submit(el);
    await waitFor(() => expect(el.matches(':state(busy)')).toBe(true));
  },
};

/** Created: the borrower ID, until when the temporary account is valid, and what to do next. */
export const Created: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, complete());
    await submit(el);
    await expectText(el, 'BIV-000123');
    await expectText(el, 'Ta med legitimation!');
  },
};

/** Received: the neutral answer (for example when an account exists); it never says why. */
export const Received: Story = {
  args: { scenario: 'card-received' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, complete());
    await submit(el);
    await expectText(el, 'Vi har tagit emot din ansökan');
  },
};

/** The network failed: everything typed is kept, and the summary says what happened. */
export const NetworkError: Story = {
  name: 'Network error',
  args: { scenario: 'card-network' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fill(el, complete());
    await submit(el);
    await expectText(el, 'Det du har skrivit finns kvar');
    await expect(control(el, 'email').value).toBe('saga.svensson@example.org');
  },
};
