// Finnish (suomi): being translated, so marked `incomplete` in src/shared/languages.ts, and pages
// in Finnish get Swedish until it is done. A translator fills in each element's part below, with the
// keys of the element's Swedish catalogue (its *.messages.ts) and English (en.ts) as the guide;
// `npm test` lists the keys still missing. When none are, remove `incomplete` and type each part
// with its full type, as en.ts does.
import type { BlockCardButtonMessages } from '../block-card-button/block-card-button.messages.js';
import type { ChangePinMessages } from '../change-pin/change-pin.messages.js';
import type { GetCardFormMessages } from '../get-card-form/get-card-form.messages.js';
import type { LoanHistoryMessages } from '../loan-history/loan-history.messages.js';
import type { LoginBoxMessages } from '../login-box/login-box.messages.js';
import type { MyLoansMessages } from '../my-loans/my-loans.messages.js';
import type { MyPagesMessages } from '../my-pages/my-pages.messages.js';
import type { MyProfileMessages } from '../my-profile/my-profile.messages.js';
import type { MyReservationsMessages } from '../my-reservations/my-reservations.messages.js';
import type { PinResetMessages } from '../pin-reset/pin-reset.messages.js';
import type { WishlistButtonMessages } from '../wishlist-button/wishlist-button.messages.js';
import type { WishlistMessages } from '../wishlist/wishlist.messages.js';

export const blockCardButton: Partial<BlockCardButtonMessages> = {};
export const changePin: Partial<ChangePinMessages> = {};
export const getCardForm: Partial<GetCardFormMessages> = {};
export const loanHistory: Partial<LoanHistoryMessages> = {};
export const loginBox: Partial<LoginBoxMessages> = {};
export const myLoans: Partial<MyLoansMessages> = {};
export const myPages: Partial<MyPagesMessages> = {};
export const myProfile: Partial<MyProfileMessages> = {};
export const myReservations: Partial<MyReservationsMessages> = {};
export const pinReset: Partial<PinResetMessages> = {};
export const wishlistButton: Partial<WishlistButtonMessages> = {};
export const wishlist: Partial<WishlistMessages> = {};
