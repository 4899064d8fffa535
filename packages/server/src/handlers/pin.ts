import { clientOf, type AppDeps, type ServerRoutes } from '../route-handler.js';
import { allowedResetPage, changePin, configuredResetPage, confirmPinReset, requestPinReset, type PinDeps } from '../services/pin.js';
import { bearerOf, setSessionCookie } from '../session-cookie.js';

/** Forgot the PIN (a link by e-mail, then a new PIN), and changing it while logged in. */
export function pinRoutes(deps: AppDeps): ServerRoutes<'requestPinReset' | 'confirmPinReset' | 'changePin'> {
  const { config, logger } = deps;
  const pinDeps: PinDeps = {
    ...deps,
    cardNumberPattern: config.cardNumberPattern,
    pinResetMinutes: config.pinResetMinutes,
    resetPage: async (patron) => {
      const library = (await deps.ils.listLibraries()).find((l) => l.id === patron.homeLibraryId);
      return configuredResetPage(config, library?.municipality);
    },
  };
  return {
    requestPinReset: {
      async handle({ c, body }) {
        const requested = body.resetUrl;
        const page = allowedResetPage(config, requested);
        if (requested && !page) logger.warn({ event: 'pin_reset', outcome: 'reset_url_not_allowed' }, 'reset-url is not on BIV_PIN_RESET_ALLOWED_URLS; the configured page is used');
        const result = await requestPinReset(pinDeps, body.identifier, clientOf(c, config.trustProxy), page);
        return result.outcome === 'accepted' ? c.json({ status: 'accepted' }, 202) : result;
      },
    },

    confirmPinReset: {
      checksPin: true,
      async handle({ c, body }) {
        const result = await confirmPinReset(pinDeps, body.token, body.newPin, clientOf(c, config.trustProxy));
        return result.outcome === 'ok' ? c.body(null, 204) : result;
      },
    },

    changePin: {
      checksPin: true,
      async handle({ c, auth, body }) {
        const result = await changePin(pinDeps, auth.patron, auth.session, body.currentPin, body.newPin);
        if (result.outcome !== 'ok') return result;
        // The session goes on under a new id: in the cookie, or told to a Bearer page.
        if (bearerOf(c)) return c.json({ token: result.session.id });
        setSessionCookie(c, config, result.session.id);
        return c.body(null, 204);
      },
    },
  };
}
