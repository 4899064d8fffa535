import * as z from 'zod/mini';
import { Pin } from './schemas.js';

// Blocking a lost card. Its own module, so a page without the block button does not carry it.

/** Block the logged-in patron's card: the PIN is asked for again. */
export const BlockCardRequest = z.object({ pin: Pin });
export type BlockCardRequest = z.infer<typeof BlockCardRequest>;

/**
 * Why a session ended, when the server still knows (`reason` of a 401 `unauthenticated`): the
 * card was blocked, here or on another device. A session that simply expired or was logged out
 * has no reason.
 */
export const SESSION_END_REASONS = ['card_blocked'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
