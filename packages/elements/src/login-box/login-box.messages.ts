import { catalogue } from '../shared/localize.js';
import { cardBlockedMessages } from '../shared/card-blocked.js';
import { sharedMessages, type FormCatalogue } from '../shared/messages.js';
import { identifierMessages, type IdentifierIssues } from '../shared/identifier-messages.js';

/** The issue codes of the login's fields. */
type LoginIssues = IdentifierIssues & { pin: 'required' | 'pin_format' };

/** The login box's words, Swedish first (wording from biv.se's "Bibliotekskort" page). */
const sv = {
  ...sharedMessages,
  ...cardBlockedMessages,
  formLabel: 'Logga in',
  identifierLabel: 'Bibliotekskortsnummer eller personnummer',
  identifierHint: 'Personnummer skrivs ÅÅÅÅMMDD-NNNN.',
  pinLabel: 'PIN-kod',
  pinHint: 'Fyra siffror.',
  submit: 'Logga in',
  busy: 'Loggar in …',
  forgotPin: 'Har du glömt PIN-koden?',
  loggedInAs: 'Inloggad som',
  temporary: (until: string) =>
    `Ditt konto är tillfälligt och gäller till ${until}. Med det kan du reservera. För att låna behöver du hämta ut ditt riktiga bibliotekskort – ta med legitimation!`,
  temporaryNoDate: 'Ditt konto är tillfälligt. För att låna behöver du hämta ut ditt riktiga bibliotekskort – ta med legitimation!',
  pageOnly:
    'Din webbläsare sparar inte inloggningen på den här webbplatsen. Du är inloggad på den här sidan tills du laddar om den eller går till en annan sida.',
  logout: 'Logga ut',
  loggedOut: 'Du är utloggad.',
  logoutFailed: 'Utloggningen misslyckades. Kontrollera din internetanslutning och försök igen.',
  // Field issues of the two fields
  ...identifierMessages,
  'pin.required': 'Skriv din PIN-kod',
  'pin.pin_format': 'PIN-koden ska vara fyra siffror',
  // Answers to a login
  'problem.invalid_credentials': 'Fel bibliotekskortsnummer, personnummer eller PIN-kod. Kontrollera och försök igen.',
  'problem.account_locked': (when: string) =>
    `Kontot är låst efter för många försök med fel PIN-kod. Försök igen ${when}. Har du glömt PIN-koden kan du återställa den.`,
  'problem.card_blocked': 'Ditt bibliotekskort är spärrat och kan inte användas för att logga in. Ett nytt kort får du på biblioteket. Ta med legitimation.',
  'problem.card_expired': 'Ditt tillfälliga konto har gått ut. Hämta ditt bibliotekskort på biblioteket – ta med legitimation!',
} satisfies FormCatalogue<LoginIssues>;

export type LoginBoxMessages = typeof sv;

export const loginBoxMessages = catalogue(sv, 'loginBox');
