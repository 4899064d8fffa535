/**
 * Play-function helpers for <biv-login-box>: its fields live in its shadow root, so queries start
 * there (storybook/test's `within` works on a shadow root like on an element).
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';

export interface Credentials {
  identifier: string;
  pin: string;
}

/** The login box of a story, once it has rendered its form or logged-in view. */
export async function loginBoxIn(canvasElement: HTMLElement): Promise<HTMLElement> {
  const box = canvasElement.querySelector<HTMLElement>('biv-login-box');
  await expect(box).toBeTruthy();
  await waitFor(() => expect(box?.shadowRoot?.querySelector('form, [part="logged-in"]')).toBeTruthy(), { timeout: 5000 });
  return box as HTMLElement;
}

/** Queries inside the box's shadow root. */
export const inBox = (box: HTMLElement) => within(box.shadowRoot as unknown as HTMLElement);

/** Type the identifier and PIN (either may be empty) and press the submit button. */
export async function submitLogin(box: HTMLElement, { identifier, pin }: Credentials): Promise<void> {
  const root = box.shadowRoot as ShadowRoot;
  const identifierInput = root.querySelector<HTMLInputElement>('input[autocomplete="username"]');
  const pinInput = root.querySelector<HTMLInputElement>('input[autocomplete="current-password"]');
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"]');
  await expect(identifierInput).toBeTruthy();
  await expect(pinInput).toBeTruthy();
  await expect(button).toBeTruthy();
  if (identifier) await userEvent.type(identifierInput as HTMLInputElement, identifier);
  if (pin) await userEvent.type(pinInput as HTMLInputElement, pin);
  await userEvent.click(button as HTMLButtonElement);
}

/** Wait until the box shows `text` (its shadow root included). */
export async function expectText(box: HTMLElement, text: string | RegExp): Promise<void> {
  await waitFor(
    () => {
      const shown = box.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      return expect(shown).toMatch(text);
    },
    { timeout: 5000 },
  );
}
