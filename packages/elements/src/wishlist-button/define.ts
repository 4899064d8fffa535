import { WishlistButton } from './wishlist-button.js';

export { WishlistButton };
export { BivWishlistAddedEvent, BivWishlistRemovedEvent } from '../wishlist/events.js';

WishlistButton.define('biv-wishlist-button');

declare global {
  interface HTMLElementTagNameMap {
    'biv-wishlist-button': WishlistButton;
  }
}
