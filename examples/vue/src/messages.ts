/** The app's own words, in the two languages of the elements. */
export type Lang = 'sv' | 'en';

interface Messages {
  title: string;
  intro: string;
  language: string;
  login: string;
  loggedIn: (name: string) => string;
  loggedOut: string;
  notLoggedIn: string;
  renewed: (count: number) => string;
}

export const messages = {
  sv: {
    title: 'Bibliotek i Väst i en Vue-app',
    intro: 'Logga in med bibliotekskortsnummer eller personnummer och PIN-kod för att se och förnya dina lån.',
    language: 'Språk',
    login: 'Logga in',
    loggedIn: (name) => `Inloggad som ${name}`,
    loggedOut: 'Du har loggat ut.',
    notLoggedIn: 'Inte inloggad',
    renewed: (count) => `Förnyade lån i den här appen: ${count}`,
  },
  en: {
    title: 'Bibliotek i Väst in a Vue app',
    intro: 'Log in with your library card number or personal identity number and PIN to see and renew your loans.',
    language: 'Language',
    login: 'Log in',
    loggedIn: (name) => `Logged in as ${name}`,
    loggedOut: 'You have logged out.',
    notLoggedIn: 'Not logged in',
    renewed: (count) => `Loans renewed in this app: ${count}`,
  },
} satisfies Record<Lang, Messages>;
