// For elements where the patron acts on a list (renew, cancel) rather than types into a form: the
// same faults as the shared messages, without "what you typed is kept".

export const actionProblemMessages = {
  sv: {
    'problem.network': 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetanslutning och försök igen.',
    'problem.timeout': 'Tjänsten svarade inte i tid. Försök igen om en stund.',
    'problem.internal_error': 'Något gick fel hos oss. Försök igen om en stund.',
    'problem.bad_response': 'Tjänsten gav ett oväntat svar. Försök igen om en stund.',
  },
  en: {
    'problem.network': 'We could not reach the service. Check your internet connection and try again.',
    'problem.timeout': 'The service did not answer in time. Try again in a moment.',
    'problem.internal_error': 'Something went wrong on our side. Try again in a moment.',
    'problem.bad_response': 'The service gave an unexpected answer. Try again in a moment.',
  },
};
