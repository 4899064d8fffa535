import { html, type TemplateResult } from 'lit';

/** Swedish words the English texts keep, as Swedish officials and forms say them. */
const TERMS = /(personnummer|samordningsnummer|vårdnadshavare|låntagar-ID)/i;

/**
 * A message with each Swedish term in it (personnummer, samordningsnummer, …) marked
 * `lang="sv"` (WCAG 3.1.2), so a screen reader speaking English says it in Swedish. In Swedish
 * text, or with no such term, the message stays a plain string.
 */
export function swedishTerms(text: string, locale: string): string | TemplateResult {
  if (locale === 'sv') return text;
  const parts = text.split(TERMS);
  if (parts.length === 1) return text;
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<span lang="sv">${part}</span>` : part))}`;
}
