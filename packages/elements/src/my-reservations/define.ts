import { MyReservations } from './my-reservations.js';

export { MyReservations };

MyReservations.define('biv-my-reservations');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-reservations': MyReservations;
  }
}
