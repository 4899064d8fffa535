import { LoginBox } from './login-box.js';

export { LoginBox };
export { BivLoginEvent, BivLogoutEvent } from './events.js';

LoginBox.define('biv-login-box');

declare global {
  interface HTMLElementTagNameMap {
    'biv-login-box': LoginBox;
  }
}
