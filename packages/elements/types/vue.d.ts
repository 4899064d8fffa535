// Generated from custom-elements.json by packages/elements/generate-types.mjs: do not edit.
// Vue 3: <biv-…> tags in templates. `import type {} from '@biv/elements/vue';` once (or "types": ["@biv/elements/vue"]).
import type {} from "./events.js";
import type { DefineComponent } from "vue";
import type { BlockCardButton, BivCardBlockedEvent, ChangePin, BivPinChangedEvent, GetCardForm, BivCardCreatedEvent, LoanHistory, BivHistorySettingChangedEvent, BivHistoryDeletedEvent, LoginBox, BivLoginEvent, BivLogoutEvent, MyLoans, BivRenewedEvent, MyPages, BivTabChangeEvent, MyProfile, BivProfileUpdatedEvent, MyReservations, BivReservationCancelledEvent, BivReservationChangedEvent, PinReset, BivPinResetRequestedEvent, BivPinResetEvent, WishlistButton, BivWishlistAddedEvent, BivWishlistRemovedEvent, Wishlist } from "@biv/elements";

/**
 * A property's value, or for a name that reaches the element as an attribute, also the text of a
 * number: `heading-level="3"` sets the attribute "3", which the element reads as 3.
 */
type AttributeOr<T> = T | (T extends number ? `${T}` : never);

type BlockCardButtonProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<BlockCardButton["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<BlockCardButton["withLogin"]>;
  /** Where to read how to get a new card, linked once the card is blocked. */
  newCardHref?: AttributeOr<BlockCardButton["newCardHref"]>;
  /** The level (1–6, default 2) of the dialog's title and the logged-out or blocked view's; the error summary in the dialog one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<BlockCardButton["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<BlockCardButton["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<BlockCardButton["endpoint"]>;

  /** The server blocked the card (never before it answered). No detail. Bubbles, composed. */
  onBivCardBlocked?: (e: BivCardBlockedEvent) => void;
};

type ChangePinProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<ChangePin["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<ChangePin["withLogin"]>;
  /** The level (1–6, default 2) of the headings of the error summary, the logged-out view and the result. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<ChangePin["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<ChangePin["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<ChangePin["endpoint"]>;

  /** The PIN was changed. No detail. Bubbles, composed. */
  onBivPinChanged?: (e: BivPinChangedEvent) => void;
};

type GetCardFormProps = {
  /** The loan rules page, linked from the checkbox label. */
  rulesHref?: AttributeOr<GetCardForm["rulesHref"]>;
  /** The page for children and young people, linked in the under-18 panel. */
  childrenHref?: AttributeOr<GetCardForm["childrenHref"]>;
  /** Where to log in, linked from the success view. */
  loginHref?: AttributeOr<GetCardForm["loginHref"]>;
  /** The level (1–6, default 2) of the headings of the error summary, the under-18 panel and the result. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<GetCardForm["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<GetCardForm["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<GetCardForm["endpoint"]>;

  /** A temporary account was created. `detail: { borrowerId }` (no personal data). Bubbles, composed. */
  onBivCardCreated?: (e: BivCardCreatedEvent) => void;
};

type LoanHistoryProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<LoanHistory["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<LoanHistory["withLogin"]>;
  /** Where "Så får du ett nytt kort" leads once the card is blocked. */
  newCardHref?: AttributeOr<LoanHistory["newCardHref"]>;
  /** The level (1–6, default 2) of the heading "Min lånehistorik", the dialog's and the logged-out view's; each loan's title one level deeper. */
  headingLevel?: AttributeOr<LoanHistory["headingLevel"]>;
  /** The order of the list; reflected to the `sort` attribute. */
  sort?: AttributeOr<LoanHistory["sort"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<LoanHistory["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<LoanHistory["endpoint"]>;

  /** "Spara min lånehistorik" was turned on or off. `detail: { enabled }`. Bubbles, composed. */
  onBivHistorySettingChanged?: (e: BivHistorySettingChangedEvent) => void;
  /** The stored history was deleted. `detail: {}`. Bubbles, composed. */
  onBivHistoryDeleted?: (e: BivHistoryDeletedEvent) => void;
};

type LoginBoxProps = {
  /** Target of the "Har du glömt PIN-koden?" link; hidden when unset. */
  forgotPinHref?: AttributeOr<LoginBox["forgotPinHref"]>;
  /** Target of the "Så får du ett nytt kort" link of a blocked card; hidden when unset. */
  newCardHref?: AttributeOr<LoginBox["newCardHref"]>;
  /** The level (1–6, default 2) of the error summary's heading. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<LoginBox["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<LoginBox["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<LoginBox["endpoint"]>;

  /** A patron logged in with this box. `detail: { patron }`. Bubbles, composed. */
  onBivLogin?: (e: BivLoginEvent) => void;
  /** The patron logged out with this box. `detail: {}`. Bubbles, composed. */
  onBivLogout?: (e: BivLogoutEvent) => void;
};

type MyLoansProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<MyLoans["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<MyLoans["withLogin"]>;
  /** The level (1–6, default 2) of the list's heading "Mina lån" and the logged-out view's; each loan's title one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<MyLoans["headingLevel"]>;
  /** The order of the list: `due` (default) or `title`. Reflected to the `sort` attribute. */
  sort?: AttributeOr<MyLoans["sort"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<MyLoans["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<MyLoans["endpoint"]>;

  /** A renewal (one loan or all) was answered. `detail: { results: [{ id, renewed, dueDate?, reason? }] }`. Bubbles, composed. */
  onBivRenewed?: (e: BivRenewedEvent) => void;
};

type MyPagesProps = {
  /** The parts to show, in order; see the `tabs` attribute. */
  tabs?: AttributeOr<MyPages["tabs"]>;
  /** The tab shown first when the URL fragment names none; see the `tab` attribute. */
  tab?: AttributeOr<MyPages["tab"]>;
  /** Passed to the login box; see the `forgot-pin-href` attribute. */
  forgotPinHref?: AttributeOr<MyPages["forgotPinHref"]>;
  /** Passed to the login box and the parts that link it; see the `new-card-href` attribute. */
  newCardHref?: AttributeOr<MyPages["newCardHref"]>;
  /** The level (1–6, default 2) of each part's top headings; set it to fit the page's outline: 2 under the page's `<h1>`. */
  headingLevel?: AttributeOr<MyPages["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<MyPages["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<MyPages["endpoint"]>;

  /** Another tab was shown, by the patron or by the URL fragment. `detail: { tab }` (a tab name). Bubbles, composed. */
  onBivTabChange?: (e: BivTabChangeEvent) => void;
};

type MyProfileProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<MyProfile["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<MyProfile["withLogin"]>;
  /** A page to change the PIN on; see the `change-pin-href` attribute. */
  changePinHref?: AttributeOr<MyProfile["changePinHref"]>;
  /** A page to block the card on; see the `block-card-href` attribute. */
  blockCardHref?: AttributeOr<MyProfile["blockCardHref"]>;
  /** Where to read how to get a new card, linked once the card is blocked. */
  newCardHref?: AttributeOr<MyProfile["newCardHref"]>;
  /** The level (1–6, default 2) of the element's heading ("Mina uppgifter") and the logged-out view's; its three parts one level deeper, the error summary and the inline elements' headings two. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<MyProfile["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<MyProfile["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<MyProfile["endpoint"]>;

  /** Contact details were saved. `detail: { fields }`, the names of the changed fields (never their values). Bubbles, composed. */
  onBivProfileUpdated?: (e: BivProfileUpdatedEvent) => void;
};

type MyReservationsProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<MyReservations["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<MyReservations["withLogin"]>;
  /** The level (1–6, default 2) of the list's heading, the dialog's and the logged-out view's; each reservation's title one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<MyReservations["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<MyReservations["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<MyReservations["endpoint"]>;

  /** A reservation was cancelled. `detail: { id }`. Bubbles, composed. */
  onBivReservationCancelled?: (e: BivReservationCancelledEvent) => void;
  /** The pickup library of a reservation was changed. `detail: { id, pickupLibraryId }`. Bubbles, composed. */
  onBivReservationChanged?: (e: BivReservationChangedEvent) => void;
};

type PinResetProps = {
  /** The page the e-mailed link should open; see the `reset-url` attribute. */
  resetUrl?: AttributeOr<PinReset["resetUrl"]>;
  /** Where to log in, linked after the new PIN is saved. */
  loginHref?: AttributeOr<PinReset["loginHref"]>;
  /** The level (1–6, default 2) of the headings of the error summary and of each view (sent, done, invalid link). Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<PinReset["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<PinReset["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<PinReset["endpoint"]>;

  /** A link was asked for (the answer does not tell whether a mail was sent). No detail. Bubbles, composed. */
  onBivPinResetRequested?: (e: BivPinResetRequestedEvent) => void;
  /** The new PIN was saved; the patron is not logged in. No detail. Bubbles, composed. */
  onBivPinReset?: (e: BivPinResetEvent) => void;
};

type WishlistButtonProps = {
  /** The catalogue record to save; see the `record-id` attribute. */
  recordId?: AttributeOr<WishlistButton["recordId"]>;
  /** The title's name, from the `title` attribute (HTML's own `title` property is left alone). */
  title?: AttributeOr<WishlistButton["itemTitle"]>;
  /** Where to log in; see the `login-href` attribute. */
  loginHref?: AttributeOr<WishlistButton["loginHref"]>;
  /** Open a login box in a dialog when pressed logged out; see the `with-login` attribute. */
  withLogin?: AttributeOr<WishlistButton["withLogin"]>;
  /** The level (1–6, default 2) of the login dialog's heading. */
  headingLevel?: AttributeOr<WishlistButton["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<WishlistButton["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<WishlistButton["endpoint"]>;
  /** The title's name, from the `title` attribute (HTML's own `title` property is left alone). */
  itemTitle?: WishlistButton["itemTitle"];

  /** The title was saved. `detail: { recordId }`. Bubbles, composed. */
  onBivWishlistAdded?: (e: BivWishlistAddedEvent) => void;
  /** The title was removed. `detail: { recordId }`. Bubbles, composed. */
  onBivWishlistRemoved?: (e: BivWishlistRemovedEvent) => void;
};

type WishlistProps = {
  /** Where to log in, linked when nobody is logged in. */
  loginHref?: AttributeOr<Wishlist["loginHref"]>;
  /** Show a login box inside the logged-out view; see the `with-login` attribute. */
  withLogin?: AttributeOr<Wishlist["withLogin"]>;
  /** The level (1–6, default 2) of the list's heading and the logged-out view's; each title's heading one level deeper. Set it to fit the page's outline: 3 under an `<h2>`, and so on. */
  headingLevel?: AttributeOr<Wishlist["headingLevel"]>;
  /** `sv` (default), `en` or `ar` (right to left); read from the element, its nearest ancestor with `lang`, or the document, and followed when it changes. Another language gets Swedish. */
  lang?: AttributeOr<Wishlist["lang"]>;
  /** The API root; see the `endpoint` attribute. */
  endpoint?: AttributeOr<Wishlist["endpoint"]>;

  /** A title was removed from the wishlist. `detail: { recordId }`. Bubbles, composed. */
  onBivWishlistRemoved?: (e: BivWishlistRemovedEvent) => void;
  /** A removed title was put back (undo). `detail: { recordId }`. Bubbles, composed. */
  onBivWishlistAdded?: (e: BivWishlistAddedEvent) => void;
};

export type CustomElements = {
  /**
   * Block the logged-in patron's card, after a confirmation that asks for the PIN again.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-card-blocked** - The server blocked the card (never before it answered). No detail. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - _default_ - The button's text; "Spärra kortet" / "Block the card" when empty. It is also the button's accessible name.
   * - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-block-card-button-color** - Text and border of the button, background of the dialog's confirm button. _(default: var(--biv-color-error))_
   * - **--biv-block-card-button-color-contrast** - Text on the confirm button. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-block-card-button-accent** - Accent of this element only (cancel button, links, panel). _(default: var(--biv-color-accent))_
   * - **--biv-block-card-button-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-block-card-button-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-block-card-button-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-block-card-button-note-background** - Background of the panel. _(default: var(--biv-color-note-background))_
   * - **--biv-block-card-button-max-width** - Maximum width (the dialog is at most 32rem wide). _(default: 28rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **button** - Every button: the one that opens the dialog, and the dialog's confirm and cancel buttons.
   * - **trigger** - The button that opens the dialog.
   * - **confirm** - The dialog's "Spärra kortet" (submit) button.
   * - **cancel** - The dialog's "Avbryt" button.
   * - **dialog** - The confirmation `<dialog>`.
   * - **form** - The `<form>` in the dialog.
   * - **label** - The labels of the PIN field and the checkbox.
   * - **input** - The PIN `<input>` and the checkbox.
   * - **error** - Each inline field error, and the configuration error.
   * - **summary** - The error summary shown in the dialog after a failed submit.
   * - **panel** - The view when nobody is logged in, and the view after the card was blocked.
   * - **login** - The login box of `with-login`.
   */
  "biv-block-card-button": DefineComponent<BlockCardButtonProps>;

  /**
   * Change the PIN of the logged-in patron.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-pin-changed** - The PIN was changed. No detail. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Border of the result view. _(default: #1d5c3e)_
   * - **--biv-change-pin-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-change-pin-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-change-pin-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-change-pin-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-change-pin-note-background** - Background of the panel. _(default: var(--biv-color-note-background))_
   * - **--biv-change-pin-max-width** - Maximum width. _(default: 28rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **form** - The `<form>`.
   * - **label** - Each field's `<label>`.
   * - **input** - Each `<input>`.
   * - **button** - The submit button and "change the PIN again".
   * - **error** - Each inline field error, and the configuration error.
   * - **summary** - The error summary shown after a failed submit.
   * - **panel** - The view when nobody is logged in.
   * - **login** - The login box of `with-login`.
   * - **result** - The view after the PIN was changed.
   */
  "biv-change-pin": DefineComponent<ChangePinProps>;

  /**
   * Apply for a library card: a temporary account at once, or a clear way to the library.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-card-created** - A temporary account was created. `detail: { borrowerId }` (no personal data). Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Border of the result view. _(default: #1d5c3e)_
   * - **--biv-get-card-form-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-get-card-form-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-get-card-form-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-get-card-form-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-get-card-form-note-background** - Background of the panel and notes. _(default: var(--biv-color-note-background))_
   * - **--biv-get-card-form-max-width** - Maximum width. _(default: 36rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **form** - The `<form>`.
   * - **label** - Each field's `<label>`.
   * - **input** - Each `<input>` and the library `<select>`.
   * - **button** - The submit button and the retry button of the library list.
   * - **error** - Each inline field error, and the configuration error.
   * - **summary** - The error summary shown after a failed submit.
   * - **panel** - The panel telling applicants under 18 to come to a library.
   * - **result** - The view after sending: the new account, or the neutral receipt.
   */
  "biv-get-card-form": DefineComponent<GetCardFormProps>;

  /**
   * The patron's loan history: opt in, search, sort, export as CSV, delete.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-history-setting-changed** - "Spara min lånehistorik" was turned on or off. `detail: { enabled }`. Bubbles, composed.
   * - **biv-history-deleted** - The stored history was deleted. `detail: {}`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Edge of the status message. _(default: #1d5c3e)_
   * - **--biv-loan-history-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-loan-history-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-loan-history-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-loan-history-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-loan-history-note-background** - Background of the setting box, the panel and the status message. _(default: var(--biv-color-note-background))_
   * - **--biv-loan-history-max-width** - Maximum width. _(default: 48rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The heading "Min lånehistorik".
   * - **setting** - The box with the checkbox "Spara min lånehistorik" and its explanation.
   * - **input** - The checkbox, the search field and the sort `<select>`.
   * - **label** - Their labels.
   * - **count** - "Visar 100 av 5 000 lån".
   * - **list** - The `<ul>` of loans.
   * - **item** - Each loan's `<li>`.
   * - **title** - Each loan's title heading.
   * - **button** - Every button: export, delete, "Visa 100 till", the dialog's and "try again".
   * - **notice** - The status message after a change of the setting, a deletion or an export.
   * - **error** - A failure to load, save the setting or delete, and the configuration error.
   * - **dialog** - The confirmation `<dialog>`.
   * - **panel** - The view when nobody is logged in.
   * - **login** - The login box of `with-login`.
   */
  "biv-loan-history": DefineComponent<LoanHistoryProps>;

  /**
   * Log in with card number or personnummer and PIN; logged-in state with name and logout.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-login** - A patron logged in with this box. `detail: { patron }`. Bubbles, composed.
   * - **biv-logout** - The patron logged out with this box. `detail: {}`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **CSS Properties:**
   *  - **--biv-login-box-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-login-box-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-login-box-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-login-box-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-login-box-background** - Background of the box (transparent unless a surface colour is set). _(default: var(--biv-color-surface, transparent))_
   * - **--biv-login-box-border** - Border of the box. _(default: none)_
   * - **--biv-login-box-padding** - Padding of the box. _(default: 0)_
   * - **--biv-login-box-max-width** - Maximum width. _(default: 28rem)_
   * - **--biv-login-box-note-background** - Background of the temporary-account note. _(default: var(--biv-color-note-background))_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **form** - The `<form>`.
   * - **label** - Each field's `<label>`.
   * - **input** - Each `<input>`.
   * - **button** - The "Logga in" and "Logga ut" buttons.
   * - **error** - Each inline field error, and the configuration error.
   * - **summary** - The error summary shown after a failed login.
   * - **logged-in** - The logged-in view.
   * - **notice** - The note above the form after the card was blocked on this page or another device.
   * - **page-only** - The note, when logged in, that the login holds on this page only: the browser keeps no cookie of the API's site (docs/decisions/0005).
   */
  "biv-login-box": DefineComponent<LoginBoxProps>;

  /**
   * The logged-in patron's loans, with renewal.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-renewed** - A renewal (one loan or all) was answered. `detail: { results: [{ id, renewed, dueDate?, reason? }] }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - A renewed loan's outcome. _(default: #1d5c3e)_
   * - **--biv-my-loans-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-my-loans-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-my-loans-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-my-loans-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-my-loans-note-background** - Background of the panel. _(default: var(--biv-color-note-background))_
   * - **--biv-my-loans-due-soon** - Text and border of the "due soon" badge. _(default: #7a4d00)_
   * - **--biv-my-loans-max-width** - Maximum width. _(default: 48rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The heading "Mina lån".
   * - **count** - The number of loans.
   * - **sort** - The sort `<select>`.
   * - **list** - The `<ul>` of loans.
   * - **item** - Each loan's `<li>`.
   * - **title** - Each loan's title heading.
   * - **badge** - The "overdue" / "due soon" badge.
   * - **button** - The renew buttons, "renew all" and "try again".
   * - **outcome** - A loan's renewal outcome.
   * - **status** - The announced summary (sorting, renewals).
   * - **error** - A failure to load or renew, and the configuration error.
   * - **panel** - The view when nobody is logged in.
   * - **login** - The login box of `with-login`.
   */
  "biv-my-loans": DefineComponent<MyLoansProps>;

  /**
   * All of Mina sidor as tabs: login, my details, loans, reservations, history, wishlist, PIN, block card.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-tab-change** - Another tab was shown, by the patron or by the URL fragment. `detail: { tab }` (a tab name). Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **CSS Properties:**
   *  - **--biv-my-pages-accent** - The selected tab's marker and the tabs' text. _(default: var(--biv-color-accent))_
   * - **--biv-my-pages-tab-background** - Background of the tabs that are not selected. _(default: transparent)_
   * - **--biv-my-pages-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-my-pages-max-width** - Maximum width. _(default: 48rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **login** - The login box (`<biv-login-box>`), shown at the top: the form, or the patron's name and "Logga ut".
   * - **tablist** - The row of tabs (it wraps on narrow screens).
   * - **tab** - Each tab (`<button role="tab">`); the selected one also has `tab-selected`.
   * - **tab-selected** - The selected tab.
   * - **panel** - Each tab's panel.
   * - **error** - The message when a part's code could not be loaded, and the configuration error.
   * - **button** - "Försök igen" after a part failed to load.
   */
  "biv-my-pages": DefineComponent<MyPagesProps>;

  /**
   * The logged-in patron's details: borrower ID, card, home library; change contact details, PIN, block the card.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-profile-updated** - Contact details were saved. `detail: { fields }`, the names of the changed fields (never their values). Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Edge of the status message. _(default: #1d5c3e)_
   * - **--biv-my-profile-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-my-profile-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-my-profile-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-my-profile-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-my-profile-note-background** - Background of the panel, notes and the status message. _(default: var(--biv-color-note-background))_
   * - **--biv-my-profile-max-width** - Maximum width. _(default: 40rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **borrower-id** - The borrower ID.
   * - **notice** - The status message after copying or saving.
   * - **form** - The contact details' `<form>`.
   * - **label** - Each field's `<label>`.
   * - **input** - Each `<input>`.
   * - **button** - Every button of the element: copy, change, save, cancel, "Byt PIN-kod", "try again".
   * - **error** - Each inline field error, the load and save errors and the configuration error.
   * - **summary** - The error summary shown after a failed save.
   * - **panel** - The view when nobody is logged in, or the card was blocked.
   * - **login** - The login box of `with-login`.
   */
  "biv-my-profile": DefineComponent<MyProfileProps>;

  /**
   * The logged-in patron's reservations: queue, ready to collect, cancel, change pickup library.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-reservation-cancelled** - A reservation was cancelled. `detail: { id }`. Bubbles, composed.
   * - **biv-reservation-changed** - The pickup library of a reservation was changed. `detail: { id, pickupLibraryId }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Edge of the status message; default of the "ready" colour. _(default: #1d5c3e)_
   * - **--biv-my-reservations-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-my-reservations-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-my-reservations-ready-color** - Border of ready reservations, the borrower ID box and the "ready" badge. _(default: var(--biv-color-success))_
   * - **--biv-my-reservations-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-my-reservations-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-my-reservations-note-background** - Background of the panel and the status message. _(default: var(--biv-color-note-background))_
   * - **--biv-my-reservations-max-width** - Maximum width. _(default: 40rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **list** - The `<ul>` of reservations.
   * - **item** - Each reservation (`<li>`).
   * - **borrower-id** - The box with the borrower ID, shown when something is ready to collect.
   * - **notice** - The status message after a cancellation or a change of library.
   * - **form** - Each reservation's form to change the pickup library.
   * - **label** - The label of each library `<select>`.
   * - **input** - Each library `<select>`.
   * - **button** - Every button: save, cancel, the dialog's buttons and "try again".
   * - **error** - Each error message (at a reservation, the list's and the configuration error).
   * - **dialog** - The confirmation `<dialog>`.
   * - **panel** - The view when nobody is logged in.
   * - **login** - The login box of `with-login`.
   */
  "biv-my-reservations": DefineComponent<MyReservationsProps>;

  /**
   * Forgot the PIN: a link by e-mail, then a new PIN.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-pin-reset-requested** - A link was asked for (the answer does not tell whether a mail was sent). No detail. Bubbles, composed.
   * - **biv-pin-reset** - The new PIN was saved; the patron is not logged in. No detail. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown after the new PIN is saved, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-color-success** - Border of the result view. _(default: #1d5c3e)_
   * - **--biv-pin-reset-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-pin-reset-accent-contrast** - Text on this element's accent. _(default: var(--biv-color-accent-contrast))_
   * - **--biv-pin-reset-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-pin-reset-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-pin-reset-note-background** - Background of the panels. _(default: var(--biv-color-note-background))_
   * - **--biv-pin-reset-max-width** - Maximum width. _(default: 32rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **form** - The `<form>` of either step.
   * - **label** - Each field's `<label>`.
   * - **input** - Each `<input>`.
   * - **button** - The submit buttons and "ask for a new link".
   * - **error** - Each inline field error, and the configuration error.
   * - **summary** - The error summary shown after a failed submit.
   * - **panel** - The view after asking for a link, and the view of a link that cannot be used.
   * - **result** - The view after the new PIN is saved.
   */
  "biv-pin-reset": DefineComponent<PinResetProps>;

  /**
   * "Spara i minneslistan": saves one title in the patron's wishlist.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-wishlist-added** - The title was saved. `detail: { recordId }`. Bubbles, composed.
   * - **biv-wishlist-removed** - The title was removed. `detail: { recordId }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **CSS Properties:**
   *  - **--biv-wishlist-button-accent** - Border and text of the button; its background once saved. _(default: var(--biv-color-accent))_
   * - **--biv-wishlist-button-radius** - Corner radius of the button. _(default: var(--biv-radius))_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **button** - The toggle button, and the dialog's close button.
   * - **login-link** - The "Logga in för att spara" link.
   * - **status** - The status message after saving or removing.
   * - **error** - The error message, and the configuration error.
   * - **dialog** - The login `<dialog>` of `with-login`.
   * - **login** - The login box in the dialog.
   */
  "biv-wishlist-button": DefineComponent<WishlistButtonProps>;

  /**
   * The patron's wishlist (minneslista): saved titles, remove with undo.
   * ---
   *
   *
   * ### **Events:**
   *  - **biv-wishlist-removed** - A title was removed from the wishlist. `detail: { recordId }`. Bubbles, composed.
   * - **biv-wishlist-added** - A removed title was put back (undo). `detail: { recordId }`. Bubbles, composed.
   *
   * ### **Methods:**
   *  - **watchEndpoint(watcher: _() => void_): _void_** - Call `watcher` when `endpoint` changes after the first render (a controller re-resolves).
   *
   *
   *
   * - **define(tag: _string_): _void_** - Register this class as `tag`. Never throws: when the tag is taken already (the script loaded
   * twice, or two versions on one page) the first definition stays, and a different class gets one
   * console warning.
   *
   * ### **Slots:**
   *  - **login** - Shown when nobody is logged in, e.g. `<biv-login-box slot="login">`.
   *
   * ### **CSS Properties:**
   *  - **--biv-wishlist-accent** - Accent of this element only. _(default: var(--biv-color-accent))_
   * - **--biv-wishlist-radius** - Corner radius of this element. _(default: var(--biv-radius))_
   * - **--biv-wishlist-spacing** - Spacing of this element. _(default: var(--biv-spacing))_
   * - **--biv-wishlist-note-background** - Background of the panel, the empty view and the status message. _(default: var(--biv-color-note-background))_
   * - **--biv-wishlist-max-width** - Maximum width. _(default: 40rem)_
   * - **--biv-color-text** - Text colour. _(default: #1b1b1b)_
   * - **--biv-color-text-muted** - Hints and status text. _(default: #4d4d4d)_
   * - **--biv-color-surface** - Background of inputs, dialogs and the error summary. _(default: #ffffff)_
   * - **--biv-color-border** - Input and item borders (keep 3:1 against the surface). _(default: #6b6b6b)_
   * - **--biv-color-accent** - Buttons, links and the panels' edge. _(default: #1d5c3e)_
   * - **--biv-color-accent-contrast** - Text on the accent colour. _(default: #ffffff)_
   * - **--biv-color-error** - Errors. _(default: #b3261e)_
   * - **--biv-color-note-background** - Background of notes and panels. _(default: #f3f2f1)_
   * - **--biv-font-family** - Font; the page's by default. _(default: inherit)_
   * - **--biv-radius** - Corner radius. _(default: 4px)_
   * - **--biv-spacing** - Base spacing. _(default: 1rem)_
   * - **--biv-target-size** - Minimum height of inputs, buttons and links. _(default: 44px)_
   * - **--biv-focus-color** - Focus ring, outer colour. _(default: #0b0c0c)_
   * - **--biv-focus-background** - Focus ring, inner colour. _(default: #ffdd00)_
   *
   * ### **CSS Parts:**
   *  - **list** - The `<ul>` of saved titles.
   * - **item** - Each saved title (`<li>`).
   * - **notice** - The status message after a removal or an undo, with the undo button.
   * - **button** - Every button: remove, undo and "try again".
   * - **error** - Each error message (at a title, the list's, the undo's and the configuration error).
   * - **empty** - The view of an empty wishlist.
   * - **panel** - The view when nobody is logged in.
   * - **login** - The login box of `with-login`.
   */
  "biv-wishlist": DefineComponent<WishlistProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}
