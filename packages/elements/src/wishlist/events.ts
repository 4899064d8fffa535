/** Fired by `<biv-wishlist>` and `<biv-wishlist-button>` when a title was saved in the wishlist (also by an undo). */
export class BivWishlistAddedEvent extends Event {
  static readonly eventName = 'biv-wishlist-added' as const;
  readonly detail: { recordId: string };

  constructor(recordId: string) {
    super(BivWishlistAddedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { recordId };
  }
}

/** Fired by `<biv-wishlist>` and `<biv-wishlist-button>` when a title was removed from the wishlist. */
export class BivWishlistRemovedEvent extends Event {
  static readonly eventName = 'biv-wishlist-removed' as const;
  readonly detail: { recordId: string };

  constructor(recordId: string) {
    super(BivWishlistRemovedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { recordId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biv-wishlist-added': BivWishlistAddedEvent;
    'biv-wishlist-removed': BivWishlistRemovedEvent;
  }
}
