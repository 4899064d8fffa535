import type { SessionState } from '@biv/client';

/**
 * What every session-bound element says once the patron's card is blocked (here or on another
 * device): the session ended, what blocking means, and how to get a new card. The seed page's words.
 */
export const cardBlockedMessages = {
  'blocked.title': 'Ditt kort är spärrat',
  'blocked.text':
    'Du har loggats ut. Kortet fungerar inte längre för lån, i utlåningsautomaterna eller för att logga in. Dina lån finns kvar på ditt konto. Ett nytt kort får du på biblioteket. Ta med legitimation.',
  'blocked.link': 'Så får du ett nytt kort',
};

/** Whether the session ended because the card was blocked. */
export const cardBlocked = (state: SessionState): boolean => state.status === 'logged-out' && state.reason === 'card_blocked';

/** The blocked-card words of an element's catalogue, when its session ended that way (for `loggedOutView`). */
export function blockedWords(i18n: { t(key: 'blocked.title' | 'blocked.text'): string }, state: SessionState): { title: string; text: string } | undefined {
  return cardBlocked(state) ? { title: i18n.t('blocked.title'), text: i18n.t('blocked.text') } : undefined;
}
