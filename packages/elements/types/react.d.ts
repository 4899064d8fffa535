// Generated from custom-elements.json by packages/elements/generate-types.mjs: do not edit.
// React 19: <biv-…> tags in JSX with their attributes, properties and events.
// `import type {} from '@biv/elements/react';` once in the app (or "types": ["@biv/elements/react"]).
// React 19 sets a prop as a property when the element has it, otherwise as an attribute, and
// `onbiv-login={…}` adds a listener for the `biv-login` event (the name after "on", as written).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BlockCardButton, ChangePin, GetCardForm, LoanHistory, LoginBox, MyLoans, MyPages, MyProfile, MyReservations, PinReset, WishlistButton, Wishlist } from '@biv/elements';
import type { BlockCardButtonProps, ChangePinProps, GetCardFormProps, LoanHistoryProps, LoginBoxProps, MyLoansProps, MyPagesProps, MyProfileProps, MyReservationsProps, PinResetProps, WishlistButtonProps, WishlistProps } from './jsx.js';
import type {} from './events.js';

/** React's props of any HTML element (children, className, style, ref, key …) and the element's own. */
type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /**
       * Block the logged-in patron's card, after a confirmation that asks for the PIN again.
       */
      'biv-block-card-button': ElementProps<BlockCardButton, BlockCardButtonProps>;
      /**
       * Change the PIN of the logged-in patron.
       */
      'biv-change-pin': ElementProps<ChangePin, ChangePinProps>;
      /**
       * Apply for a library card: a temporary account at once, or a clear way to the library.
       */
      'biv-get-card-form': ElementProps<GetCardForm, GetCardFormProps>;
      /**
       * The patron's loan history: opt in, search, sort, export as CSV, delete.
       */
      'biv-loan-history': ElementProps<LoanHistory, LoanHistoryProps>;
      /**
       * Log in with card number or personnummer and PIN; logged-in state with name and logout.
       */
      'biv-login-box': ElementProps<LoginBox, LoginBoxProps>;
      /**
       * The logged-in patron's loans, with renewal.
       */
      'biv-my-loans': ElementProps<MyLoans, MyLoansProps>;
      /**
       * All of Mina sidor as tabs: login, my details, loans, reservations, history, wishlist, PIN, block card.
       */
      'biv-my-pages': ElementProps<MyPages, MyPagesProps>;
      /**
       * The logged-in patron's details: borrower ID, card, home library; change contact details, PIN, block the card.
       */
      'biv-my-profile': ElementProps<MyProfile, MyProfileProps>;
      /**
       * The logged-in patron's reservations: queue, ready to collect, cancel, change pickup library.
       */
      'biv-my-reservations': ElementProps<MyReservations, MyReservationsProps>;
      /**
       * Forgot the PIN: a link by e-mail, then a new PIN.
       */
      'biv-pin-reset': ElementProps<PinReset, PinResetProps>;
      /**
       * "Spara i minneslistan": saves one title in the patron's wishlist.
       */
      'biv-wishlist-button': ElementProps<WishlistButton, WishlistButtonProps>;
      /**
       * The patron's wishlist (minneslista): saved titles, remove with undo.
       */
      'biv-wishlist': ElementProps<Wishlist, WishlistProps>;
    }
  }
}
