// Vue 3.5 with the generated GlobalComponents of @biv/elements/vue: the props a template may give
// (a template's `@biv-login` is the prop `onBivLogin`). App.vue checks the same in a template.
import type {} from '@biv/elements/vue';
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const loans: PropsOf<'biv-my-loans'> = {
  sort: 'due',
  'with-login': true,
  'heading-level': 2,
  onBivRenewed: (e) => e.detail.results.map((r) => r.id),
};
export const login: PropsOf<'biv-login-box'> = { onBivLogin: (e) => e.detail.patron.name };

// @ts-expect-error: a loan list is sorted by `due` or `title`
export const wrongSort: PropsOf<'biv-my-loans'> = { sort: 'author' };
// @ts-expect-error: the login event's detail has the patron, not a borrower id
// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- deliberately wrong, see the line above
export const wrongDetail: PropsOf<'biv-login-box'> = { onBivLogin: (e) => e.detail.borrowerId };
