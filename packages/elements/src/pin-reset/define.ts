import { PinReset } from './pin-reset.js';

export { PinReset };
export { BivPinResetEvent, BivPinResetRequestedEvent } from './events.js';

PinReset.define('biv-pin-reset');

declare global {
  interface HTMLElementTagNameMap {
    'biv-pin-reset': PinReset;
  }
}
