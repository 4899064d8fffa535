import type { MyPagesTab } from './my-pages.js';

/** Fired by `<biv-my-pages>` when another tab is shown. The detail holds the tab's name. */
export class BivTabChangeEvent extends Event {
  static readonly eventName = 'biv-tab-change' as const;
  readonly detail: { tab: MyPagesTab };

  constructor(tab: MyPagesTab) {
    super(BivTabChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { tab };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'biv-tab-change': BivTabChangeEvent;
  }
}
