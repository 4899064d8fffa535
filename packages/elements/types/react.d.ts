// Generated from custom-elements.json by packages/elements/generate-types.mjs: do not edit.
// React 19: <biv-…> tags in JSX with their attributes, properties and events.
// `import type {} from '@biv/elements/react';` once in the app (or "types": ["@biv/elements/react"]).
// React 19 sets a prop as a property when the element has it (`headingLevel={3}`, `sort="title"`),
// otherwise as an attribute (`heading-level={3}`), and `onbiv-login={…}` adds a listener for the
// `biv-login` event (the name after "on", as written).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BlockCardButton, ChangePin, GetCardForm, LoanHistory, LoginBox, MyLoans, MyPages, MyProfile, MyReservations, PinReset, WishlistButton, Wishlist } from '@biv/elements';
import type { BlockCardButtonProps, ChangePinProps, GetCardFormProps, LoanHistoryProps, LoginBoxProps, MyLoansProps, MyPagesProps, MyProfileProps, MyReservationsProps, PinResetProps, WishlistButtonProps, WishlistProps } from './jsx.js';
import type {} from './events.js';

/** React's props of any HTML element (children, className, style, ref, key …) and the element's own. */
type ElementProps<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

/** `<biv-block-card-button>`'s properties by their own names (the attributes' are in BlockCardButtonProps). */
type BlockCardButtonProperties = Partial<Pick<BlockCardButton, 'loginHref' | 'withLogin' | 'newCardHref' | 'headingLevel'>>;

/** `<biv-change-pin>`'s properties by their own names (the attributes' are in ChangePinProps). */
type ChangePinProperties = Partial<Pick<ChangePin, 'loginHref' | 'withLogin' | 'headingLevel'>>;

/** `<biv-get-card-form>`'s properties by their own names (the attributes' are in GetCardFormProps). */
type GetCardFormProperties = Partial<Pick<GetCardForm, 'rulesHref' | 'childrenHref' | 'loginHref' | 'headingLevel'>>;

/** `<biv-loan-history>`'s properties by their own names (the attributes' are in LoanHistoryProps). */
type LoanHistoryProperties = Partial<Pick<LoanHistory, 'loginHref' | 'withLogin' | 'newCardHref' | 'headingLevel'>>;

/** `<biv-login-box>`'s properties by their own names (the attributes' are in LoginBoxProps). */
type LoginBoxProperties = Partial<Pick<LoginBox, 'forgotPinHref' | 'newCardHref' | 'headingLevel'>>;

/** `<biv-my-loans>`'s properties by their own names (the attributes' are in MyLoansProps). */
type MyLoansProperties = Partial<Pick<MyLoans, 'loginHref' | 'withLogin' | 'headingLevel'>>;

/** `<biv-my-pages>`'s properties by their own names (the attributes' are in MyPagesProps). */
type MyPagesProperties = Partial<Pick<MyPages, 'forgotPinHref' | 'newCardHref' | 'headingLevel'>>;

/** `<biv-my-profile>`'s properties by their own names (the attributes' are in MyProfileProps). */
type MyProfileProperties = Partial<Pick<MyProfile, 'loginHref' | 'withLogin' | 'changePinHref' | 'blockCardHref' | 'newCardHref' | 'headingLevel'>>;

/** `<biv-my-reservations>`'s properties by their own names (the attributes' are in MyReservationsProps). */
type MyReservationsProperties = Partial<Pick<MyReservations, 'loginHref' | 'withLogin' | 'headingLevel'>>;

/** `<biv-pin-reset>`'s properties by their own names (the attributes' are in PinResetProps). */
type PinResetProperties = Partial<Pick<PinReset, 'resetUrl' | 'loginHref' | 'headingLevel'>>;

/** `<biv-wishlist-button>`'s properties by their own names (the attributes' are in WishlistButtonProps). */
type WishlistButtonProperties = Partial<Pick<WishlistButton, 'recordId' | 'itemTitle' | 'loginHref' | 'withLogin' | 'headingLevel'>>;

/** `<biv-wishlist>`'s properties by their own names (the attributes' are in WishlistProps). */
type WishlistProperties = Partial<Pick<Wishlist, 'loginHref' | 'withLogin' | 'headingLevel'>>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** Block the logged-in patron's card, after a confirmation that asks for the PIN again. */
      'biv-block-card-button': ElementProps<BlockCardButton, BlockCardButtonProps & BlockCardButtonProperties>;
      /** Change the PIN of the logged-in patron. */
      'biv-change-pin': ElementProps<ChangePin, ChangePinProps & ChangePinProperties>;
      /** Apply for a library card: a temporary account at once, or a clear way to the library. */
      'biv-get-card-form': ElementProps<GetCardForm, GetCardFormProps & GetCardFormProperties>;
      /** The patron's loan history: opt in, search, sort, export as CSV, delete. */
      'biv-loan-history': ElementProps<LoanHistory, LoanHistoryProps & LoanHistoryProperties>;
      /** Log in with card number or personnummer and PIN; logged-in state with name and logout. */
      'biv-login-box': ElementProps<LoginBox, LoginBoxProps & LoginBoxProperties>;
      /** The logged-in patron's loans, with renewal. */
      'biv-my-loans': ElementProps<MyLoans, MyLoansProps & MyLoansProperties>;
      /** All of Mina sidor as tabs: login, my details, loans, reservations, history, wishlist, PIN, block card. */
      'biv-my-pages': ElementProps<MyPages, MyPagesProps & MyPagesProperties>;
      /** The logged-in patron's details: borrower ID, card, home library; change contact details, PIN, block the card. */
      'biv-my-profile': ElementProps<MyProfile, MyProfileProps & MyProfileProperties>;
      /** The logged-in patron's reservations: queue, ready to collect, cancel, change pickup library. */
      'biv-my-reservations': ElementProps<MyReservations, MyReservationsProps & MyReservationsProperties>;
      /** Forgot the PIN: a link by e-mail, then a new PIN. */
      'biv-pin-reset': ElementProps<PinReset, PinResetProps & PinResetProperties>;
      /** "Spara i minneslistan": saves one title in the patron's wishlist. */
      'biv-wishlist-button': ElementProps<WishlistButton, WishlistButtonProps & WishlistButtonProperties>;
      /** The patron's wishlist (minneslista): saved titles, remove with undo. */
      'biv-wishlist': ElementProps<Wishlist, WishlistProps & WishlistProperties>;
    }
  }
}
