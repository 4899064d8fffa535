import { MyLoans } from './my-loans.js';

export { MyLoans };

MyLoans.define('biv-my-loans');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-loans': MyLoans;
  }
}
