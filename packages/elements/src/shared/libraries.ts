import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, type StatusRenderer } from '@lit/task';
import { listLibraries, type Library } from '@biv/client';

/**
 * The consortium's libraries, one way for every element: loaded through `@lit/task` for the
 * endpoint (the client keeps one list per endpoint per page, so several elements ask once), and
 * grouped by municipality for a `<select>`.
 */

const collator = new Intl.Collator('sv');
const grouped = new WeakMap<readonly Library[], [string, Library[]][]>();

/** The libraries grouped by municipality, both in Swedish alphabetical order (made once per list). */
export function groupByMunicipality(libraries: readonly Library[]): [string, Library[]][] {
  let groups = grouped.get(libraries);
  if (!groups) {
    const byName = new Map<string, Library[]>();
    for (const library of libraries) byName.set(library.municipality, [...(byName.get(library.municipality) ?? []), library]);
    groups = [...byName.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([municipality, list]) => [municipality, [...list].sort((a, b) => collator.compare(a.name, b.name))]);
    grouped.set(libraries, groups);
  }
  return groups;
}

const NONE: readonly Library[] = [];

/** The library list of the endpoint `endpoint()` gives (none while it gives `undefined`). */
export class LibraryList {
  readonly #task: Task<readonly [string | undefined], readonly Library[]>;

  constructor(host: ReactiveControllerHost, endpoint: () => string | undefined) {
    this.#task = new Task(host, {
      task: async ([at]: readonly [string | undefined]) => (at ? listLibraries(at) : NONE),
      args: () => [endpoint()] as const,
    });
  }

  /** The libraries, none until they have loaded (or when they could not be). */
  get value(): readonly Library[] {
    return this.#task.value ?? NONE;
  }

  get loaded(): boolean {
    return this.#task.status === TaskStatus.COMPLETE;
  }

  /** Why the list could not be loaded, if it could not. */
  get error(): unknown {
    return this.#task.error;
  }

  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The list's fate: `pending`, `error`, `complete`, as `Task.render`. */
  render(renderers: StatusRenderer<readonly Library[]>): unknown {
    return this.#task.render(renderers);
  }

  /** Load again (after a failure). */
  run(): Promise<void> {
    return this.#task.run();
  }

  get groups(): [string, Library[]][] {
    return groupByMunicipality(this.value);
  }

  /** The name of library `id`, if it is in the list. */
  name(id: string): string | undefined {
    return this.value.find((library) => library.id === id)?.name;
  }
}
