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

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
