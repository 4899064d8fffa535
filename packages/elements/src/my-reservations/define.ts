import { MyReservations } from './my-reservations.js';

export { MyReservations };
export { BivReservationCancelledEvent, BivReservationChangedEvent } from './events.js';

MyReservations.define('biv-my-reservations');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-reservations': MyReservations;
  }
}
