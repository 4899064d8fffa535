import type { PinWeakness } from '@biv/client';

// Why a new PIN is refused, in words: for every element where a PIN is chosen.

export type Weak = `pin_weak_${PinWeakness}`;

const weakSv: Record<Weak, string> = {
  pin_weak_common: 'PIN-koden är en av de vanligaste och lätt att gissa. Välj fyra siffror utan mönster som inte betyder något för dig',
  pin_weak_repeated: 'PIN-koden upprepar samma siffror och är lätt att gissa. Blanda olika siffror',
  pin_weak_sequence: 'PIN-koden är en sifferföljd, som 1234 eller 8765, och är lätt att gissa. Undvik siffror i följd',
  pin_weak_keypad: 'PIN-koden är en rak linje på knappsatsen, som 2580, och är lätt att gissa. Undvik mönster på knappsatsen',
  pin_weak_year: 'PIN-koden ser ut som ett årtal och är lätt att gissa. Undvik årtal, som det år du föddes',
  pin_weak_birth_date: 'PIN-koden är ditt födelsedatum och lätt att gissa för den som vet när du är född. Undvik datum som hör till dig',
  pin_weak_personnummer: 'PIN-koden är de fyra sista siffrorna i ditt personnummer och lätt att gissa. Välj fyra andra siffror',
};

export const prefixed = <P extends string>(prefix: P, messages: Record<Weak, string>) =>
  Object.fromEntries(Object.entries(messages).map(([code, text]) => [`${prefix}.${code}`, text])) as Record<`${P}.${Weak}`, string>;

/** Why a new PIN is too easy to guess, as the messages of the field `prefix` (`pin`, `newPin`). */
export const weakPinMessages = <P extends string>(prefix: P) => prefixed(prefix, weakSv);
