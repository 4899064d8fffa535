import { ChangePin } from './change-pin.js';

export { ChangePin };
export { BivPinChangedEvent } from './events.js';

ChangePin.define('biv-change-pin');

declare global {
  interface HTMLElementTagNameMap {
    'biv-change-pin': ChangePin;
  }
}
