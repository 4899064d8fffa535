import { BlockCardButton } from './block-card-button.js';

export { BlockCardButton };
export { BivCardBlockedEvent } from './events.js';

BlockCardButton.define('biv-block-card-button');

declare global {
  interface HTMLElementTagNameMap {
    'biv-block-card-button': BlockCardButton;
  }
}
