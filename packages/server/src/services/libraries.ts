import { createHash } from 'node:crypto';
import type { IlsAdapter } from '../ils/types.js';

/** `GET /libraries`'s answer as sent: its JSON text and its entity tag. */
export interface LibrariesAnswer {
  json: string;
  etag: string;
}

/** How long (ms) an instance answers with the list it last read before it reads it again. */
export const LIBRARIES_FRESH_MS = 1000;

/**
 * The consortium's libraries as `GET /libraries` answers them. The list changes a few times a
 * year, but it is asked for by every page with a card form: an instance reads it from the ILS at
 * most once a second (requests meanwhile share that read) and answers from memory, so an
 * operator's change is answered within a second, on every instance, with no restart.
 */
export class LibrariesAnswers {
  private made?: { answer: LibrariesAnswer; at: number };
  private making?: Promise<LibrariesAnswer>;

  constructor(
    private readonly ils: IlsAdapter,
    private readonly now: () => Date,
  ) {}

  current(): Promise<LibrariesAnswer> {
    const at = this.now().getTime();
    const age = this.made ? at - this.made.at : Number.NaN;
    if (this.made && age >= 0 && age < LIBRARIES_FRESH_MS) return Promise.resolve(this.made.answer);
    this.making ??= this.make(at).finally(() => {
      this.making = undefined;
    });
    return this.making;
  }

  private async make(at: number): Promise<LibrariesAnswer> {
    const json = JSON.stringify({ libraries: await this.ils.listLibraries() });
    // A strong tag of the exact bytes: a changed name, order or library gives a new one.
    const answer = { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"` };
    this.made = { answer, at };
    return answer;
  }
}

/** Whether an `If-None-Match` header names this tag (or `*`); weak tags compare by their value (RFC 9110 13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}
