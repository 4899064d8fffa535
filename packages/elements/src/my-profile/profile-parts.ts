import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ProfileResponse } from '@biv/client';
import { heading, type HeadingLevel } from '../shared/heading.js';
import type { LocalizeController } from '../shared/localize.js';
import { swedishTerms } from '../shared/swedish-terms.js';
import type { MyProfileMessages } from './my-profile.messages.js';

// The three parts of "Mina uppgifter" as the patron reads them (Användarprofil; Lånekort och
// PIN-kod; Kontaktuppgifter), out of the element so that it keeps to its flow (copy, edit, save).

/** What the parts need of the element. */
export interface PartsContext {
  readonly i18n: LocalizeController<MyProfileMessages>;
  /** The level of each part's heading (the element's `heading-level` + 1). */
  readonly level: HeadingLevel;
  /** The level of the inline elements' top headings (one deeper). */
  readonly innerLevel: HeadingLevel;
  /** The endpoint, for the inline elements. */
  readonly endpoint: string;
  readonly libraryName: (id: string) => string;
  readonly changePinHref: string | undefined;
  readonly blockCardHref: string | undefined;
  readonly newCardHref: string | undefined;
  readonly pinOpen: boolean;
  readonly onCopy: () => void;
  readonly onTogglePin: () => void;
  readonly onBlocked: () => void;
}

/** Användarprofil: the name, the borrower ID to copy, the home library. */
export function userPart(profile: ProfileResponse, c: PartsContext): TemplateResult {
  const t = c.i18n;
  const library = profile.homeLibraryId;
  return html`<section class="group" aria-labelledby="user-title">
    ${heading(c.level, t.t('profileHeading'), { id: 'user-title', class: 'group-title' })}
    <dl>
      <dt>${t.t('name')}</dt>
      <dd>${profile.name}</dd>
      <dt>${swedishTerms(t.t('borrowerId'), t.locale)}</dt>
      <dd>
        <div class="id-row">
          <span class="borrower-id" part="borrower-id">${profile.borrowerId}</span>
          <button part="button" class="secondary copy" type="button" @click=${c.onCopy}>${t.t('copy')}</button>
        </div>
        <span class="hint">${t.t('borrowerIdNote')}</span>
      </dd>
      <dt>${t.t('homeLibrary')}</dt>
      <dd>${library === undefined ? t.t('noValue') : c.libraryName(library)}</dd>
    </dl>
  </section>`;
}

/** The card's state in words: "Aktivt", "Tillfälligt konto till 9 december 2026 kl. 14:30" … */
function cardState(profile: ProfileResponse, t: LocalizeController<MyProfileMessages>): string {
  if (profile.cardState === 'temporary' && profile.validUntil) return t.t('temporaryUntil', t.dateTime(profile.validUntil));
  return t.t(`state.${profile.cardState}`);
}

/** Lånekort och PIN-kod: the card number and state, where to collect a card not yet collected, the PIN change and the block. */
export function cardPart(profile: ProfileResponse, c: PartsContext): TemplateResult {
  const t = c.i18n;
  const noCard = profile.cardNumber === undefined;
  return html`<section class="group" aria-labelledby="card-title">
    ${heading(c.level, t.t('cardHeading'), { id: 'card-title', class: 'group-title' })}
    <dl>
      ${noCard
        ? nothing
        : html`<dt>${t.t('cardNumber')}</dt>
            <dd class="card-number">${profile.cardNumber}</dd>`}
      <dt>${t.t('cardState')}</dt>
      <dd class="card-state">${cardState(profile, t)}</dd>
    </dl>
    ${noCard && profile.cardState === 'temporary'
      ? html`<div class="note temporary-note">
          <p>${t.t('noCardYet')}</p>
          ${profile.validUntil ? html`<p>${t.t('temporaryEnds', t.dateTime(profile.validUntil))}</p>` : nothing}
        </div>`
      : nothing}
    ${cardActions(noCard, c)}
  </section>`;
}

/** "Byt PIN-kod" and "Spärra kortet": links to the pages given, else the elements here (their code loads then). No card, nothing to block. */
function cardActions(noCard: boolean, c: PartsContext): TemplateResult {
  const t = c.i18n;
  const inlinePin = !c.changePinHref;
  const inlineBlock = !noCard && !c.blockCardHref;
  if (inlinePin && c.pinOpen) void import('../change-pin/define.js');
  if (inlineBlock) void import('../block-card-button/define.js');
  return html`<div class="actions">
      ${inlinePin
        ? html`<button part="button" class="secondary pin-toggle" type="button" aria-expanded=${c.pinOpen ? 'true' : 'false'} aria-controls="change-pin" @click=${c.onTogglePin}>
            ${t.t('changePin')}
          </button>`
        : html`<a href=${c.changePinHref ?? ''}>${t.t('changePin')}</a>`}
      ${!noCard && c.blockCardHref ? html`<a href=${c.blockCardHref}>${t.t('blockCard')}</a>` : nothing}
    </div>
    ${inlinePin
      ? html`<div id="change-pin" class="inline" ?hidden=${!c.pinOpen}>
          ${c.pinOpen ? html`<biv-change-pin endpoint=${c.endpoint} lang=${t.locale} heading-level=${c.innerLevel}></biv-change-pin>` : nothing}
        </div>`
      : nothing}
    ${inlineBlock
      ? html`<div class="inline">
          <p>${t.t('blockCardNote')}</p>
          <biv-block-card-button
            endpoint=${c.endpoint}
            lang=${t.locale}
            heading-level=${c.innerLevel}
            new-card-href=${ifDefined(c.newCardHref)}
            @biv-card-blocked=${c.onBlocked}
          ></biv-block-card-button>
        </div>`
      : nothing}`;
}

/** The contact details as the library has them, each "Ingen uppgift" when it has none. */
export function contactList(profile: ProfileResponse, t: LocalizeController<MyProfileMessages>): TemplateResult {
  const none = t.t('noValue');
  const town = [profile.postalCode, profile.city].filter(Boolean).join(' ');
  const address = profile.streetAddress || town ? html`${profile.streetAddress ?? ''}${profile.streetAddress && town ? html`<br />` : nothing}${town}` : none;
  return html`<dl class="contact">
    <dt>${t.t('emailLabel')}</dt>
    <dd>${profile.email ?? none}</dd>
    <dt>${t.t('phoneShown')}</dt>
    <dd>${profile.phone ?? none}</dd>
    <dt>${t.t('address')}</dt>
    <dd>${address}</dd>
  </dl>`;
}
