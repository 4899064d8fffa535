import { bilingual, formatStockholmTime, type MailMessage } from './mail.js';

// The texts of the mails the services send, Swedish first, then English.

// ---------------------------------------------------------------------------------------------
// Getting a card

export function welcomeMail(to: string, borrowerId: string, validUntil: string, libraryName: string): MailMessage {
  const until = formatStockholmTime(new Date(validUntil));
  return bilingual(
    to,
    { sv: 'Välkommen till Bibliotek i Väst', en: 'Welcome to Bibliotek i Väst' },
    [
      'Hej!',
      'Du har nu ett tillfälligt konto hos Bibliotek i Väst.',
      `Ditt låntagar-ID: ${borrowerId}\nKontot gäller till: ${until.sv}`,
      'Du kan redan nu reservera (ställa dig i kö) och logga in på Mina sidor med ditt personnummer och den PIN-kod du valde.',
      `För att låna behöver du hämta ut ditt riktiga bibliotekskort. Ta med legitimation och kom till ett bibliotek inom Bibliotek i Väst, till exempel ${libraryName}, innan kontot slutar gälla.`,
      'Har du inte ansökt om ett bibliotekskort? Kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      'You now have a temporary account with Bibliotek i Väst.',
      `Your borrower ID: ${borrowerId}\nThe account is valid until: ${until.en}`,
      'You can already reserve (join the queue for) titles and log in to My pages with your personnummer and the PIN you chose.',
      `To borrow, collect your real library card: bring an ID document to any library in Bibliotek i Väst, for example ${libraryName}, before the account ends.`,
      'Did not apply for a library card? Please contact your library.',
    ],
  );
}

export function existingAccountMail(to: string): MailMessage {
  return bilingual(
    to,
    { sv: 'Någon försökte skaffa ett nytt bibliotekskort', en: 'Someone tried to get a new library card' },
    [
      'Hej!',
      'Någon har just försökt skaffa ett nytt bibliotekskort hos Bibliotek i Väst med ditt personnummer. Du har redan ett konto, så inget nytt skapades och ingenting ändrades.',
      'Har du glömt din PIN-kod? Välj "Har du glömt PIN-koden?" när du loggar in.',
      'Var det inte du? Kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      'Someone has just tried to get a new library card with Bibliotek i Väst using your personnummer. You already have an account, so nothing new was created and nothing was changed.',
      'Forgot your PIN? Choose "Har du glömt PIN-koden?" (Forgot your PIN?) when you log in.',
      'Was it not you? Please contact your library.',
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// The PIN

export function resetLinkMail(to: string, link: string, expiresAt: Date, minutes: number): MailMessage {
  const until = formatStockholmTime(expiresAt);
  return bilingual(
    to,
    { sv: 'Välj en ny PIN-kod', en: 'Choose a new PIN' },
    [
      'Hej!',
      'Någon, förhoppningsvis du, har bett om att få välja en ny PIN-kod till ditt bibliotekskort hos Bibliotek i Väst.',
      `Öppna länken för att välja en ny PIN-kod. Länken fungerar en gång och i ${minutes} minuter, till ${until.sv}:\n${link}`,
      'Har du inte bett om en ny PIN-kod? Då kan du bortse från det här mejlet. Din PIN-kod är densamma som förut.',
    ],
    [
      'Hello,',
      'Someone, hopefully you, has asked to choose a new PIN for your library card with Bibliotek i Väst.',
      `Open the link to choose a new PIN. The link works once and for ${minutes} minutes, until ${until.en}:\n${link}`,
      'Did not ask for a new PIN? Then you can ignore this e-mail. Your PIN stays as it was.',
    ],
  );
}

/** For a blocked card or an ended temporary account: no link, the library helps. */
export function resetNotPossibleMail(to: string): MailMessage {
  return bilingual(
    to,
    { sv: 'Din PIN-kod kan inte ändras på webben', en: 'Your PIN cannot be changed on the web' },
    [
      'Hej!',
      'Någon har bett om att få välja en ny PIN-kod till ditt bibliotekskort hos Bibliotek i Väst. Ditt kort är spärrat eller ditt tillfälliga konto har gått ut, så PIN-koden kan inte ändras på webben.',
      'Besök ett bibliotek och ta med legitimation, så hjälper vi dig.',
    ],
    [
      'Hello,',
      'Someone has asked to choose a new PIN for your library card with Bibliotek i Väst. Your card is blocked or your temporary account has ended, so the PIN cannot be changed on the web.',
      'Visit a library and bring an ID document, and we will help you.',
    ],
  );
}

/** Sent after every PIN change, reset or not. */
export function pinChangedMail(to: string, at: Date): MailMessage {
  const when = formatStockholmTime(at);
  return bilingual(
    to,
    { sv: 'Din PIN-kod har ändrats', en: 'Your PIN has been changed' },
    [
      'Hej!',
      `PIN-koden till ditt bibliotekskort hos Bibliotek i Väst ändrades ${when.sv}. Du har loggats ut överallt där du var inloggad.`,
      'Var det inte du? Spärra kortet direkt under Mina sidor, eller kontakta ditt bibliotek. Om kortet används av någon annan ansvarar du för lånen tills kortet är spärrat.',
    ],
    [
      'Hello,',
      `The PIN of your library card with Bibliotek i Väst was changed ${when.en}. You have been logged out everywhere you were logged in.`,
      'Was it not you? Block the card at once in My pages, or contact your library. If someone else uses the card, you are responsible for the loans until it is blocked.',
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Blocking the card

/** Sent once, when the card is blocked: the patron learns it even if someone else did it. */
export function cardBlockedMail(to: string, at: Date): MailMessage {
  const when = formatStockholmTime(at);
  return bilingual(
    to,
    { sv: 'Ditt bibliotekskort är spärrat', en: 'Your library card is blocked' },
    [
      'Hej!',
      `Ditt bibliotekskort hos Bibliotek i Väst spärrades ${when.sv}. Kortet fungerar inte längre för lån, i utlåningsautomaterna eller för att logga in, och du har loggats ut överallt där du var inloggad.`,
      'Dina lån finns kvar på ditt konto. Ett nytt kort får du på biblioteket. Ta med legitimation.',
      'Var det inte du som spärrade kortet? Kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      `Your library card with Bibliotek i Väst was blocked ${when.en}. The card no longer works for loans, at the self-service machines or for logging in, and you have been logged out everywhere you were logged in.`,
      'Your loans stay on your account. You get a new card at the library. Bring an ID document.',
      'Did you not block the card? Contact your library.',
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Contact details

/**
 * Sent to the OLD address when the e-mail address is changed on the web. It never holds the new
 * address (not even part of it): whoever reads the old mailbox learns that it changed, not where to.
 */
export function emailChangedMail(to: string, at: Date): MailMessage {
  const when = formatStockholmTime(at);
  return bilingual(
    to,
    { sv: 'Din e-postadress har ändrats', en: 'Your e-mail address has been changed' },
    [
      'Hej!',
      `Din e-postadress hos Bibliotek i Väst ändrades ${when.sv} under Mina uppgifter. Det här meddelandet skickas till din tidigare adress. Från och med nu skickar vi e-post till den nya adressen.`,
      'Var det du? Då behöver du inte göra något.',
      'Var det inte du? Då kan någon annan ha kommit åt ditt konto. Spärra kortet direkt under Mina sidor, eller kontakta ditt bibliotek.',
    ],
    [
      'Hello,',
      `Your e-mail address with Bibliotek i Väst was changed ${when.en} in My details. This message goes to your previous address. From now on we send e-mail to the new address.`,
      'Was it you? Then you need not do anything.',
      'Was it not you? Then someone else may have got into your account. Block the card at once in My pages, or contact your library.',
    ],
  );
}
