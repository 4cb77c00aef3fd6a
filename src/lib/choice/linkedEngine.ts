// An engine named by a link (`?engine=` on a concept page or the playground) holds for the visit,
// not for one page: a presenter who opens a deck or the playground by link must not lose the model
// on the next page. The tab keeps it in sessionStorage (this tab only, gone when it closes, never
// saved as the choice) until the visitor picks an engine in the picker.

const KEY = 'genai-live:linked-engine';

/** The part of Storage used here; the specs pass a Map-backed stand-in. */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function tabStorage(): TabStorage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		// Storage blocked (a sandboxed frame, strict privacy settings): the link holds for one page.
		return undefined;
	}
}

/** The engine a link named earlier in this tab, if any. */
export function linkedEngine(storage = tabStorage()): string | undefined {
	try {
		return storage?.getItem(KEY) ?? undefined;
	} catch {
		return undefined;
	}
}

/** Remembers a link's engine for this tab; undefined forgets it (the visitor picked one). */
export function rememberLinkedEngine(id: string | undefined, storage = tabStorage()): void {
	try {
		if (id === undefined) storage?.removeItem(KEY);
		else storage?.setItem(KEY, id);
	} catch {
		// Full or blocked: the link still holds on this page.
	}
}
