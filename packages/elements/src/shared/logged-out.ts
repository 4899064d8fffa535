import { html, nothing, type TemplateResult } from 'lit';

export interface LoggedOutOptions {
  title: string;
  text: string;
  /** Where to log in (`login-href`), linked as `linkText`. */
  href: string | undefined;
  linkText: string;
  /** Show a login box of the element's own (`with-login`), on this endpoint. */
  withLogin: boolean;
  endpoint: string | undefined;
  /**
   * The session ended because the card was blocked (`blockedWords`): these words replace the title
   * and text, and no login is offered (the card cannot log in). `newCardHref` is linked as
   * `newCardText`.
   */
  blocked?: { title: string; text: string } | undefined;
  newCardHref?: string | undefined;
  newCardText?: string | undefined;
}

/**
 * The view of an element that needs a logged-in patron when nobody is: what to do, a link to the
 * login, the `login` slot for the page's own login box, or (`with-login`) a login box inside. The
 * login box's code loads only then.
 */
export function loggedOutView(options: LoggedOutOptions): TemplateResult {
  const blocked = options.blocked;
  if (blocked) {
    return html`<div class="panel" part="panel">
      <h2 id="view-title" tabindex="-1">${blocked.title}</h2>
      <p>${blocked.text}</p>
      ${options.newCardHref ? html`<p><a href=${options.newCardHref}>${options.newCardText}</a></p>` : nothing}
    </div>`;
  }
  if (options.withLogin) void import('../login-box/define.js');
  return html`<div class="panel" part="panel">
      <h2 id="view-title" tabindex="-1">${options.title}</h2>
      <p>${options.text}</p>
      ${options.href ? html`<p><a href=${options.href}>${options.linkText}</a></p>` : nothing}
    </div>
    ${options.withLogin ? html`<biv-login-box part="login" endpoint=${options.endpoint ?? ''}></biv-login-box>` : html`<slot name="login"></slot>`}`;
}
