// Where UI goes on a page, and how code waits for the page: shared by the runner, the tips and the prefill.

export type Placement = 'before' | 'after' | 'first' | 'last';

/** Where UI goes: beside (or inside) an element of the page. */
export interface Spot {
  anchor: Element;
  append: Placement;
}

/** What a placement's finder returns: the anchor (placed per the options' `append`), a spot, or nothing yet. */
export type Anchor = Element | Spot | null | undefined | false;

/** The first truthy `find()`, now or as the page renders; undefined when the run ends or after `timeoutMs`. */
export type WaitFor = <T>(find: () => T | null | undefined | false, timeoutMs?: number) => Promise<T | undefined>;
