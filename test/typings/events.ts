// HTMLElementEventMap of @biv/elements/events: addEventListener knows every biv-* event's class.
import type {} from '@biv/elements/events';

export function listen(el: HTMLElement): void {
  el.addEventListener('biv-login', (e) => console.log(e.detail.patron.name));
  el.addEventListener('biv-renewed', (e) => console.log(e.detail.results.length));
  el.addEventListener('biv-card-created', (e) => console.log(e.detail.borrowerId));
  el.addEventListener('biv-tab-change', (e) => console.log(e.detail.tab));
  // @ts-expect-error: the login event's detail has the patron, not a borrower id
  el.addEventListener('biv-login', (e) => console.log(e.detail.borrowerId));
  // @ts-expect-error: a renewal's results are an array of outcomes
  // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- deliberately wrong, see the line above
  el.addEventListener('biv-renewed', (e) => console.log(e.detail.results.toUpperCase()));
}
