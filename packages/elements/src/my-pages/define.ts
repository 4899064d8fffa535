import { MyPages } from './my-pages.js';

export { MyPages };
export { BivTabChangeEvent } from './events.js';

MyPages.define('biv-my-pages');

declare global {
  interface HTMLElementTagNameMap {
    'biv-my-pages': MyPages;
  }
}
