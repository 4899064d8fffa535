import { cardBlockedMessages } from '../shared/card-blocked.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';

/** Blocking the card: its words, Swedish first (the seed page's where it has them). */
const sv = {
  ...sharedMessages.sv,
  ...cardBlockedMessages.sv,
  button: 'Spärra kortet',
  dialogTitle: 'Spärra kortet?',
  why: 'Om du förlorar ditt kort är det viktigt att spärra kortet, eftersom du själv ansvarar för allt som lånas på ditt kort.',
  what: 'När kortet är spärrat fungerar det inte längre för lån, i utlåningsautomaterna eller för att logga in, och du loggas ut. Ett nytt kort får du på biblioteket. Ta med legitimation.',
  loans:
    'Dina lån finns kvar på ditt konto. Du ansvarar för allt som har lånats på kortet tills det är spärrat. Ett spärrat kort kan inte låsas upp här på webbplatsen.',
  formLabel: 'Spärra kortet',
  pinLabel: 'Din PIN-kod',
  confirmLabel: 'Jag vill spärra mitt kort',
  submit: 'Spärra kortet',
  cancel: 'Avbryt',
  busy: 'Spärrar kortet …',
  loading: 'Hämtar …',
  loggedOutTitle: 'Logga in för att spärra kortet',
  loggedOut:
    'Har du tappat kortet? Logga in med ditt personnummer och din PIN-kod. Kommer du inte ihåg PIN-koden kan du ringa eller besöka ett bibliotek, så spärrar vi kortet direkt.',
  loginLink: 'Logga in',
  'problem.account_locked': (when: string) =>
    `Kontot är låst efter för många försök med fel PIN-kod. Försök igen ${when}. Vill du spärra kortet nu: ring eller besök ett bibliotek, så spärrar vi kortet direkt.`,
  // Field issues
  'pin.required': 'Skriv din PIN-kod',
  'pin.pin_format': 'PIN-koden ska vara fyra siffror',
  'pin.pin_wrong': 'PIN-koden stämmer inte. Kontrollera och försök igen. Kortet är inte spärrat',
  'confirm.required': 'Kryssa i rutan om du vill spärra kortet',
} satisfies FormCatalogue<{ pin: 'required' | 'pin_format' | 'pin_wrong'; confirm: 'required' }>;

export type BlockCardButtonMessages = typeof sv;

const en: BlockCardButtonMessages = {
  ...sharedMessages.en,
  ...cardBlockedMessages.en,
  button: 'Block the card',
  dialogTitle: 'Block your card?',
  why: 'If you lose your card, it is important to block it, because you are responsible for everything borrowed on your card.',
  what: 'Once the card is blocked, it no longer works for loans, at the self-service machines or for logging in, and you are logged out. You get a new card at the library. Bring an ID document.',
  loans:
    'Your loans stay on your account. You are responsible for everything borrowed on the card until it is blocked. A blocked card cannot be unblocked on this website.',
  formLabel: 'Block the card',
  pinLabel: 'Your PIN',
  confirmLabel: 'I want to block my card',
  submit: 'Block the card',
  cancel: 'Cancel',
  busy: 'Blocking the card …',
  loading: 'Loading …',
  loggedOutTitle: 'Log in to block your card',
  loggedOut:
    'Have you lost your card? Log in with your personal identity number and your PIN. If you do not remember your PIN, call or visit a library and we will block the card at once.',
  loginLink: 'Log in',
  'problem.account_locked': (when: string) =>
    `The account is locked after too many attempts with a wrong PIN. Try again ${when}. To block the card now, call or visit a library and we will block it at once.`,
  'pin.required': 'Enter your PIN',
  'pin.pin_format': 'Your PIN must be four digits',
  'pin.pin_wrong': 'The PIN is not right. Check it and try again. The card is not blocked',
  'confirm.required': 'Tick the box if you want to block your card',
};

export const blockCardButtonMessages = { sv, en };
