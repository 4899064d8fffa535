import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';

/** Blocking the card: its words, Swedish first (the seed page's where it has them). */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
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

export const blockCardButtonMessages = catalogue(sv, 'blockCardButton');
