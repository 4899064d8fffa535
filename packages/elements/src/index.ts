/**
 * @biv/elements: every element class, its events and the shared building blocks. Importing this
 * module defines no tag; import `@biv/elements/login-box.js`, `@biv/elements/get-card-form.js`,
 * `@biv/elements/pin-reset.js`, `@biv/elements/change-pin.js`, `@biv/elements/my-loans.js`,
 * `@biv/elements/my-reservations.js`, `@biv/elements/my-profile.js`, `@biv/elements/block-card-button.js`, `@biv/elements/my-pages.js`, `@biv/elements/wishlist.js`, `@biv/elements/wishlist-button.js` (each element's define module) for
 * that, or load the CMS module `biv-widgets.js`.
 */
export { LoginBox } from './login-box/login-box.js';
export { BivLoginEvent, BivLogoutEvent } from './login-box/events.js';
export { GetCardForm } from './get-card-form/get-card-form.js';
export { BivCardCreatedEvent } from './get-card-form/events.js';
export { PinReset } from './pin-reset/pin-reset.js';
export { BivPinResetEvent, BivPinResetRequestedEvent } from './pin-reset/events.js';
export { ChangePin } from './change-pin/change-pin.js';
export { BivPinChangedEvent } from './change-pin/events.js';
export { MyLoans, type LoanSort } from './my-loans/my-loans.js';
export { BivRenewedEvent, type BivRenewedDetail, type RenewalOutcome } from './my-loans/events.js';
export { MyReservations } from './my-reservations/my-reservations.js';
export { BivReservationCancelledEvent, BivReservationChangedEvent } from './my-reservations/events.js';
export { MyProfile } from './my-profile/my-profile.js';
export { BivProfileUpdatedEvent, type ProfileField } from './my-profile/events.js';
export { BlockCardButton } from './block-card-button/block-card-button.js';
export { BivCardBlockedEvent } from './block-card-button/events.js';
export { LoanHistory } from './loan-history/loan-history.js';
export { BivHistoryDeletedEvent, BivHistorySettingChangedEvent } from './loan-history/events.js';
export { type HistorySort } from './loan-history/sort.js';
export { Wishlist } from './wishlist/wishlist.js';
export { WishlistButton } from './wishlist-button/wishlist-button.js';
export { BivWishlistAddedEvent, BivWishlistRemovedEvent } from './wishlist/events.js';
export { MyPages, MY_PAGES_TABS, type MyPagesTab } from './my-pages/my-pages.js';
export { BivTabChangeEvent } from './my-pages/events.js';
export { BivElement } from './shared/biv-element.js';
export { LocalizeController, localeOf, langOf, type Locale } from './shared/localize.js';
export { SessionController } from './shared/session-controller.js';
export { FormController, ErrorSummary, field, errorSummary } from './shared/form.js';
export { checkboxField, checkboxInput } from './shared/checkbox-field.js';
export { tokenStyles, resetStyles, formStyles } from './shared/styles.js';
