import { Wishlist } from './wishlist.js';

export { Wishlist };
export { BivWishlistAddedEvent, BivWishlistRemovedEvent } from './events.js';

Wishlist.define('biv-wishlist');

declare global {
  interface HTMLElementTagNameMap {
    'biv-wishlist': Wishlist;
  }
}
