// Vue 3.5 with the generated GlobalComponents of @biv/elements/vue: the props a template may give,
// by the names Vue and vue-tsc look them up (a template's `heading-level` is the prop `headingLevel`,
// `@biv-login` is `onBivLogin`). App.vue checks the same in a template.
import type {} from '@biv/elements/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const loans: PropsOf<'biv-my-loans'> = {
  sort: 'due',
  withLogin: true,
  headingLevel: 2,
  loginHref: '/logga-in',
  onBivRenewed: (e) => e.detail.results.map((r) => r.id),
};
export const login: PropsOf<'biv-login-box'> = { onBivLogin: (e) => e.detail.patron.name };
// A static `heading-level="3"` is the attribute's text, which the element reads as a number.
export const asAttribute: PropsOf<'biv-login-box'> = { headingLevel: '3', forgotPinHref: '/glomt-pin' };
// <biv-wishlist-button>'s `title` attribute is its property itemTitle.
export const button: PropsOf<'biv-wishlist-button'> = { recordId: 'rec-1', title: 'Pippi Långstrump', itemTitle: 'Pippi Långstrump' };

// @ts-expect-error: a loan list is sorted by `due` or `title`
export const wrongSort: PropsOf<'biv-my-loans'> = { sort: 'author' };
// @ts-expect-error: heading-level is a number (or its text), not any word
export const wrongLevel: PropsOf<'biv-my-loans'> = { headingLevel: 'x' };
// @ts-expect-error: login-href is a URL's text, not a number
export const wrongHref: PropsOf<'biv-my-loans'> = { loginHref: 5 };
// @ts-expect-error: with-login is there or not
export const wrongWithLogin: PropsOf<'biv-my-loans'> = { withLogin: 'yes' };
// @ts-expect-error: the login event's detail has the patron, not a borrower id
// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- deliberately wrong, see the line above
export const wrongDetail: PropsOf<'biv-login-box'> = { onBivLogin: (e) => e.detail.borrowerId };
