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

// Every `biv-*` event in addEventListener's map (`GlobalEventHandlersEventMap`), generated from the
// manifest: whoever imports an event class, an element or the package gets it.
export type {} from '@biv/elements/events';
