import type { PinWeakness } from '@biv/client';

// Why a new PIN is refused, in words: for every element where a PIN is chosen.

type Weak = `pin_weak_${PinWeakness}`;

const weakSv: Record<Weak, string> = {
  pin_weak_common: 'PIN-koden är en av de vanligaste och lätt att gissa. Välj fyra siffror utan mönster som inte betyder något för dig',
  pin_weak_repeated: 'PIN-koden upprepar samma siffror och är lätt att gissa. Blanda olika siffror',
  pin_weak_sequence: 'PIN-koden är en sifferföljd, som 1234 eller 8765, och är lätt att gissa. Undvik siffror i följd',
  pin_weak_keypad: 'PIN-koden är en rak linje på knappsatsen, som 2580, och är lätt att gissa. Undvik mönster på knappsatsen',
  pin_weak_year: 'PIN-koden ser ut som ett årtal och är lätt att gissa. Undvik årtal, som det år du föddes',
  pin_weak_birth_date: 'PIN-koden är ditt födelsedatum och lätt att gissa för den som vet när du är född. Undvik datum som hör till dig',
  pin_weak_personnummer: 'PIN-koden är de fyra sista siffrorna i ditt personnummer och lätt att gissa. Välj fyra andra siffror',
};

const weakEn: Record<Weak, string> = {
  pin_weak_common: 'This PIN is one of the most common and easy to guess. Choose four digits without a pattern that mean nothing to you',
  pin_weak_repeated: 'This PIN repeats the same digits and is easy to guess. Mix different digits',
  pin_weak_sequence: 'This PIN is a run of digits, like 1234 or 8765, and is easy to guess. Avoid digits in order',
  pin_weak_keypad: 'This PIN is a straight line on the keypad, like 2580, and is easy to guess. Avoid keypad patterns',
  pin_weak_year: 'This PIN looks like a year and is easy to guess. Avoid years, such as the year you were born',
  pin_weak_birth_date: 'This PIN is your birth date and easy to guess for anyone who knows it. Avoid dates that belong to you',
  pin_weak_personnummer: 'This PIN is the last four digits of your personal identity number and easy to guess. Choose four other digits',
};

const prefixed = <P extends string>(prefix: P, messages: Record<Weak, string>) =>
  Object.fromEntries(Object.entries(messages).map(([code, text]) => [`${prefix}.${code}`, text])) as Record<`${P}.${Weak}`, string>;

/** Why a new PIN is too easy to guess, as the messages of the field `prefix` (`pin`, `newPin`). */
export const weakPinMessages = <P extends string>(prefix: P) => ({ sv: prefixed(prefix, weakSv), en: prefixed(prefix, weakEn) });
