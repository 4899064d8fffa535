import { GetCardForm } from './get-card-form.js';

export { GetCardForm };
export { BivCardCreatedEvent } from './events.js';

GetCardForm.define('biv-get-card-form');

declare global {
  interface HTMLElementTagNameMap {
    'biv-get-card-form': GetCardForm;
  }
}
